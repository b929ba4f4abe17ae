/** Argument shapes of the backup methods: a backup is named only by a file name the app made, never by a path. */
import { z } from 'zod';

const fileName = z.string().regex(/^refunddesk-backup-\d{8}-\d{6}-[a-z_]+\.zip$/u).max(100);

export const backupStatusArgSchema = z.strictObject({});
export const backupCreateArgSchema = z.strictObject({});
export const backupVerifyArgSchema = z.strictObject({ fileName });
export const backupRestoreArgSchema = z.union([z.strictObject({ fileName }), z.strictObject({ fromFile: z.literal(true) })]);
export const backupSecondLocationArgSchema = z.strictObject({ enabled: z.boolean() });
