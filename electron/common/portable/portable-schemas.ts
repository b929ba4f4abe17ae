/** Argument of 'data.exportFolder': nothing; the folder comes from the OS dialog in main, never from the renderer. */
import { z } from 'zod';

export const dataExportFolderArgSchema = z.strictObject({});
