/**
 * Where the bundled print font is. The npm package (@fontsource/noto-sans-sc, a dev dependency: all its weights
 * and formats are ~76 MB) is only read from; electron-builder copies the two weights' WOFF files, their
 * stylesheets and the font's licence into the installed app's resources (package.json `extraResources`).
 */
import { join } from 'node:path';

export const PRINT_FONT_PACKAGE = '@fontsource/noto-sans-sc';
/** The folder name under the installed app's `resources`. */
export const PACKAGED_PRINT_FONT_DIR = 'print-fonts';

export interface AppLocation {
  /** Electron's `app.isPackaged`. */
  readonly packaged: boolean;
  /** `process.resourcesPath` of the installed app. */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project folder when run from source (`npm start`). */
  readonly appPath: string;
}

export function printFontsDirOf(location: AppLocation): string {
  return location.packaged ? join(location.resourcesPath, PACKAGED_PRINT_FONT_DIR) : printFontPackageDir(location.appPath);
}

/** The npm package's folder in a project checkout (tests, the benchmark, `npm start`). */
export function printFontPackageDir(projectDir: string): string {
  return join(projectDir, 'node_modules', PRINT_FONT_PACKAGE);
}
