/**
 * What the first-run "load a demo shop" adds beside the demo refunds: the settlement accounts and days, then the
 * cases that link them (in that order: a case checks that what it links exists). Kept out of app-services.ts.
 */
import type { WorkingCalendar } from '../common/calendar/working-calendar';
import type { CaseService } from '../common/cases/case-service';
import { buildDemoCases } from '../common/demo/demo-cases';
import { buildDemoSettlements } from '../common/demo/demo-settlements';
import { DEMO_OPERATORS } from '../common/demo/demo-shop';
import type { RefundLedger } from '../common/ledger/refund-ledger';
import type { Clock } from '../common/ports';
import { DEMO_SEED } from '../common/setup/first-run';
import { expectedSettlementDate } from '../common/settlements/settlement-due';
import type { SettlementService } from '../common/settlements/settlement-service';
import { nodeHasher } from './system-adapters';

export interface DemoSeedDeps {
  readonly clock: Clock;
  readonly ledger: RefundLedger;
  readonly settlements: SettlementService;
  readonly cases: CaseService;
  readonly calendar: () => WorkingCalendar;
}

export function demoSeeders(deps: DemoSeedDeps): { seedDemoSettlements: () => Promise<void>; seedDemoCases: () => Promise<void> } {
  return {
    seedDemoSettlements: () =>
      deps.settlements.importDemo(
        buildDemoSettlements({
          seed: DEMO_SEED,
          now: deps.clock.now(),
          hasher: nodeHasher,
          expectedBy: (businessDate, cycle) => expectedSettlementDate(businessDate, cycle, deps.calendar()).date,
        }),
      ),
    seedDemoCases: () =>
      deps.cases.importDemo(
        buildDemoCases({ now: deps.clock.now(), records: deps.ledger.records(), settlementDays: deps.settlements.records().days, actor: DEMO_OPERATORS[0] }),
      ),
  };
}
