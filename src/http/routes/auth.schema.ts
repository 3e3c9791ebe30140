import { z } from 'zod';
import { ROLES } from '../../services/auth/policies.ts';
import { boundedText } from '../../services/validation.ts';

export const roleSchema = z.enum(ROLES);

export const loginBody = z.object({
  username: boundedText(64).pipe(z.string().min(1)),
  password: boundedText(1024).pipe(z.string().min(1)),
});

export const meSchema = z.object({
  user: z.object({
    id: z.number().nullable(),
    username: z.string(),
    displayName: z.string().nullable(),
    role: roleSchema,
    departmentIds: z.array(z.number()),
  }),
  /** Send it back as the X-CSRF-Token header of every write made with the session cookie. */
  csrfToken: z.string().nullable(),
  /** The actions this account may perform (the web shows only those). */
  actions: z.array(z.string()),
});

export const loginResponse = meSchema.extend({ expiresAt: z.string() });

export const passwordChangeBody = z.object({
  oldPassword: boundedText(1024).pipe(z.string().min(1)),
  newPassword: boundedText(1024).pipe(z.string().min(1)),
});

export const demoAccountSchema = z.object({
  /** The local demo account (演示账号) `npm start` made on the bundled sample, or null. */
  username: z.string().nullable(),
});

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string().nullable(),
  role: roleSchema,
  departmentIds: z.array(z.number()),
  demo: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  liveSessions: z.number(),
});

export const userParams = z.object({ userId: z.coerce.number().int().positive() });

export const newUserBody = z.object({
  username: boundedText(64).pipe(z.string().min(1)),
  role: roleSchema,
  password: boundedText(1024).pipe(z.string().min(1)),
  displayName: boundedText(100).nullish(),
  departmentIds: z.array(z.number().int().positive()).max(100).optional(),
});

export const userUpdateBody = z.object({
  role: roleSchema.optional(),
  displayName: boundedText(100).nullish(),
  departmentIds: z.array(z.number().int().positive()).max(100).optional(),
  disabled: z.boolean().optional(),
});

export const passwordResetBody = z.object({ password: boundedText(1024).pipe(z.string().min(1)) });

export const apiTokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  userId: z.number(),
  planId: z.number().nullable(),
  departmentIds: z.array(z.number()).nullable(),
  write: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const newApiTokenBody = z.object({
  name: boundedText(100).pipe(z.string().min(1)),
  userId: z.number().int().positive(),
  planId: z.number().int().positive().nullish(),
  departmentIds: z.array(z.number().int().positive()).max(100).nullish(),
  write: z.boolean().optional(),
  expiresAt: z.iso.datetime({ offset: true }).nullish(),
});
