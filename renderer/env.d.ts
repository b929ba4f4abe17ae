import type { Bridge } from '../electron/common/ipc/contract';

// The preload (or the test harness) puts the bridge here before any renderer code runs.
declare global {
  interface Window {
    readonly refunddesk: Bridge;
  }
}
