import { createContext, useContext } from 'react';
import type { AppInfo, PublicSettings, SettingsPatch } from '../../../electron/common/ipc/contract';
import type { Route } from './route';

export interface AppContextValue {
  readonly info: AppInfo;
  /** While someone is unlocked, `lastOperator` is that person, so every default names who is working. */
  readonly settings: PublicSettings;
  readonly updateSettings: (patch: SettingsPatch) => Promise<PublicSettings>;
  readonly navigate: (route: Route) => void;
  /** Locks the app (Ctrl+L): the lock screen asks who is working next. */
  readonly lock: () => void;
  /** Operators or the session changed (settings screen): reload app info. */
  readonly refresh: () => Promise<void>;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp outside AppContext');
  return value;
}

export function operatorNames(settings: PublicSettings): string[] {
  return settings.operators.map((operator) => operator.name);
}

/** Who is acting right now: the unlocked operator (see AppContextValue.settings), else the first one set up. */
export function currentOperator(settings: PublicSettings): string {
  const last = settings.lastOperator;
  if (last !== undefined && settings.operators.some((operator) => operator.name === last)) return last;
  return settings.operators[0]?.name ?? '';
}
