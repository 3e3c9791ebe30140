import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../config.ts';
import { AppError } from '../../errors/app-error.ts';

/** The LibreOffice binary: $PLANWATCH_SOFFICE, else `soffice` on PATH. */
export function sofficeCommand(): string {
  return readConfig().soffice;
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const err = error as NodeJS.ErrnoException & { killed?: boolean };
      if (err.code === 'ENOENT') {
        return reject(
          new AppError(
            'DEPENDENCY_MISSING',
            'PDF 需要 LibreOffice：请安装 Debian 软件包 libreoffice-writer-nogui（及字体 fonts-noto-cjk） (PDF needs LibreOffice: install the Debian package libreoffice-writer-nogui)',
            { missingPackage: 'libreoffice-writer-nogui', command },
          ),
        );
      }
      reject(
        new AppError(
          'INTERNAL',
          `PDF 转换失败 (PDF conversion failed): ${err.killed ? 'timed out' : String(stderr).trim() || err.message}`,
        ),
      );
    });
  });
}

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a private temporary directory and user
 * profile (so concurrent conversions do not share a profile lock), removed afterwards.
 */
export async function convertDocxToPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'planwatch-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    await run(
      sofficeCommand(),
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      timeoutMs,
    );
    return await readFile(join(dir, 'report.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
