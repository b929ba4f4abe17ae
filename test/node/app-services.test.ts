/**
 * The composition root on a real temp folder: who may change the ledger is decided in main, not trusted from
 * the renderer. Locked → nothing is recorded; a name that is not one of the shop's operators → refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/node/app-services';
import type { AppServices } from '../../electron/node/app-services';
import { createScryptPinHasher } from '../../electron/node/pin-hasher';
import { refundInput } from '../common/ledger/ledger-harness';

let dataDir = '';
let services: AppServices;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'refunddesk-services-'));
  services = await openAppServices({ dataDir, version: 'test', pins: createScryptPinHasher({ log2N: 10, r: 8, p: 1 }) });
  await services.handlers['app.setup']({ shopName: '小店', operatorName: '店长', language: 'zh-CN', loadDemo: false, ownerPin: '2468' });
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('openAppServices: the signed-in session guards every change', () => {
  it('records a refund for a signed-in shop, by one of its operators', async () => {
    const detail = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长' }));
    expect(detail.refund.operator).toBe('店长');
  });

  it('refuses every change while the app is locked, and records nothing', async () => {
    const created = await services.handlers['refund.create'](refundInput({ paid: 50, operator: '店长' }));
    await services.handlers['session.lock']({});
    await expect(services.handlers['refund.create'](refundInput({ paid: 60, operator: '店长' }))).rejects.toMatchObject({
      code: 'not_signed_in',
    });
    const id = created.refund.id;
    await expect(services.handlers['refund.addNote']({ id, actor: '店长', note: 'x' })).rejects.toMatchObject({ code: 'not_signed_in' });
    await expect(services.handlers['refund.advance']({ id, to: 'done', actor: '店长' })).rejects.toMatchObject({ code: 'not_signed_in' });
    expect((await services.handlers['app.info']({})).refundCount).toBe(1);

    await services.handlers['session.unlock']({ operatorId: (await services.handlers['operator.list']({}))[0]?.id ?? '', pin: '2468' });
    await expect(services.handlers['refund.addNote']({ id, actor: '店长', note: '解锁后' })).resolves.toBeDefined();
  });

  it('refuses a change in the name of someone who is not an operator', async () => {
    await expect(services.handlers['refund.create'](refundInput({ paid: 50, operator: '陌生人' }))).rejects.toMatchObject({
      code: 'invalid_argument',
      field: 'refund.operator',
    });
  });
});
