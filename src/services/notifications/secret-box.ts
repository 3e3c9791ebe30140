import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConfig } from '../../config.ts';
import { AppError } from '../../errors/app-error.ts';

/**
 * The 32-byte key of channel secrets: PLANWATCH_SECRET_KEY (hex or base64), else a key generated
 * on first use and kept in `planwatch.key` beside the SQLite file (./data for PostgreSQL), mode
 * 0600. Losing the key makes stored secrets unreadable: back it up with the database.
 */
export function loadSecretKey(): Buffer {
  const config = readConfig();
  if (config.secretKey) {
    return /^[0-9a-fA-F]{64}$/.test(config.secretKey)
      ? Buffer.from(config.secretKey, 'hex')
      : Buffer.from(config.secretKey, 'base64');
  }
  const url = config.databaseUrl;
  const sqlitePath = /^postgres(ql)?:/i.test(url) ? null : url.replace(/^sqlite:(\/\/)?/i, '');
  const dir = sqlitePath && sqlitePath !== ':memory:' ? dirname(resolve(sqlitePath)) : resolve('data');
  const file = join(dir, 'planwatch.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new AppError('CONFIG_INVALID', `密钥文件无效 (invalid key file): ${file}`);
  }
  return Buffer.from(hex, 'hex');
}

/** `v1:iv:tag:ciphertext`, base64 parts: AES-256-GCM with a fresh 12-byte IV. */
export function encryptSecret(plain: string, key: Buffer = loadSecretKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(
    ':',
  );
}

export function decryptSecret(stored: string, key: Buffer = loadSecretKey()): string {
  const [version, iv, tag, data] = stored.split(':');
  if (version !== 'v1' || !iv || !tag || data === undefined) {
    throw new AppError('INTERNAL', '无法解密通道密钥 (cannot decrypt a channel secret)');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('INTERNAL', '通道密钥无法用当前密钥解密 (the secret key changed?)');
  }
}
