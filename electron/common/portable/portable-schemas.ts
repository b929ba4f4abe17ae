/**
 * Arguments of 'data.exportFolder' and 'data.importFolder': nothing; the folder comes from the OS dialog in main,
 * never from the renderer.
 */
import { z } from 'zod';

export const dataExportFolderArgSchema = z.strictObject({});
export const dataImportFolderArgSchema = z.strictObject({});
