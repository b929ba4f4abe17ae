import { describe, expect, it } from 'vitest';
import { findLookAlike } from '../../../electron/common/domain/duplicate-check';
import { DomainError } from '../../../electron/common/domain/errors';
import { fen } from '../../../electron/common/domain/money';
import { checkDestination } from '../../../electron/common/domain/refund-destination';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('destination rules', () => {
  it('a platform or terminal refund goes back the original route only', () => {
    expect(checkDestination('qr_refund', undefined, undefined)).toEqual({ destination: { kind: 'original' }, destinationConfirmed: false });
    expect(codeOf(() => checkDestination('qr_refund', { kind: 'manual_transfer', detail: '张三' }, true))).toBe('destination_not_original');
    expect(codeOf(() => checkDestination('void', { kind: 'card', detail: '1234' }, true))).toBe('destination_not_original');
  });

  it('any other destination needs the recipient and an explicit confirmation, which is recorded', () => {
    expect(codeOf(() => checkDestination('other', { kind: 'manual_transfer', detail: '张三' }, false))).toBe('destination_not_confirmed');
    expect(codeOf(() => checkDestination('other', { kind: 'manual_transfer' }, true))).toBe('required');
    expect(codeOf(() => checkDestination('other', { kind: 'card', detail: '62220212' }, true))).toBe('card_last4_invalid');
    expect(checkDestination('other', { kind: 'card', detail: ' 1234 ' }, true)).toEqual({
      destination: { kind: 'card', detail: '1234' },
      destinationConfirmed: true,
    });
  });
});

describe('look-alike refunds', () => {
  const now = new Date('2026-11-20T02:10:00.000Z');
  const earlier = {
    number: 'TK-202611-0001',
    paymentId: 'p1',
    net: fen(5_000),
    status: 'recorded' as const,
    createdAt: '2026-11-20T02:05:00.000Z',
    customerPhone: '138-0013-8000',
  };

  it('the same payment refunded within 10 minutes looks like a duplicate', () => {
    expect(findLookAlike({ paymentId: 'p1', net: fen(100), now }, [earlier])?.number).toBe('TK-202611-0001');
  });

  it('the same amount for the same customer phone on another payment too', () => {
    expect(findLookAlike({ paymentId: undefined, net: fen(5_000), customerPhone: '13800138000', now }, [earlier])?.number).toBe('TK-202611-0001');
    expect(findLookAlike({ paymentId: undefined, net: fen(4_000), customerPhone: '13800138000', now }, [earlier])).toBeUndefined();
  });

  it('not after 10 minutes, and not when the earlier refund failed', () => {
    expect(findLookAlike({ paymentId: 'p1', net: fen(100), now: new Date('2026-11-20T02:16:00.000Z') }, [earlier])).toBeUndefined();
    expect(findLookAlike({ paymentId: 'p1', net: fen(100), now }, [{ ...earlier, status: 'failed' }])).toBeUndefined();
  });
});
