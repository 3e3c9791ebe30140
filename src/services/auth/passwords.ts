import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../errors/app-error.ts';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes): @node-rs/argon2's defaults. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Same work as a real check, so an unknown or password-less account takes as long to refuse.
    await hash(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export const PASSWORD_MIN_LENGTH = 10;
const COMMON = ['password', '12345678', 'qwerty', 'admin', 'planwatch', '11111111', 'abc12345'];

/**
 * The password policy: at least 10 characters with letters and digits, not containing the user
 * name, not a well-known password. Refusals say what is missing (AUTH_PASSWORD_WEAK).
 */
export function checkPasswordPolicy(password: string, username: string): void {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) problems.push('letters_and_digits');
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) problems.push('contains_username');
  if (COMMON.some((c) => lower.includes(c))) problems.push('common');
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `密码不符合要求：至少 ${PASSWORD_MIN_LENGTH} 位，包含字母和数字，不含用户名或常见密码 (password too weak: at least ${PASSWORD_MIN_LENGTH} characters with letters and digits, not the user name or a common password)`,
      { field: 'password', code: 'AUTH_PASSWORD_WEAK', problems, minLength: PASSWORD_MIN_LENGTH },
    );
}
