import { createContext, useContext } from 'react';
import type { AppInfo, SettingsPatch } from '../../../electron/common/ipc/contract';
import type { Settings } from '../../../electron/common/ports';
import type { Route } from './route';

export interface AppContextValue {
  readonly info: AppInfo;
  readonly settings: Settings;
  readonly updateSettings: (patch: SettingsPatch) => Promise<Settings>;
  readonly navigate: (route: Route) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp outside AppContext');
  return value;
}

/** Who is acting right now: the operator used last, else the first one set up. */
export function currentOperator(settings: Settings): string {
  const last = settings.lastOperator;
  if (last !== undefined && settings.operators.includes(last)) return last;
  return settings.operators[0] ?? '';
}
