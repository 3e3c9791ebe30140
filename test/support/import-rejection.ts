import { expect } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';

export interface ImportRejection {
  errors: Array<Record<string, unknown>>;
  total: number;
}

/** The details of an import that must be refused as a whole (IMPORT_INVALID); fails if it was accepted. */
export async function importRejection(promise: Promise<unknown>): Promise<ImportRejection> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('IMPORT_INVALID');
    return (error as AppError).details as ImportRejection;
  }
  throw new Error('import was accepted');
}
