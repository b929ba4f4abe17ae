import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PaymentLookupInput, PaymentLookupResult } from '../../../../electron/common/ipc/contract';
import { call } from '../../../bridge';

/** Wait for a pause in typing: a reference number is 12 characters, and each keystroke need not ask. */
const LOOKUP_DEBOUNCE_MS = 350;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * Looks the payment up by its identifiers, so the form can say what was refunded before and cap the amount.
 * A hint only: a failed lookup is ignored, because the app checks the remainder again on save.
 */
export function usePaymentLookup(
  input: PaymentLookupInput,
  /** Called when an answer arrives, for changes the answer implies (filling in a known amount). */
  onAnswer?: (result: PaymentLookupResult) => void,
): PaymentLookupResult | undefined {
  const usable = LOCAL_DATE_TIME.test(input.paidAt) && Object.values(input.ids).some((value) => value !== undefined && value !== '');
  const key = usable ? JSON.stringify(input) : '';
  const [answer, setAnswer] = useState<{ readonly key: string; readonly result: PaymentLookupResult } | undefined>();
  const onAnswerRef = useRef(onAnswer);
  useLayoutEffect(() => {
    onAnswerRef.current = onAnswer;
  });

  useEffect(() => {
    if (key === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('payment.lookup', JSON.parse(key) as PaymentLookupInput).then(
        (result) => {
          if (!live) return;
          setAnswer({ key, result });
          onAnswerRef.current?.(result);
        },
        () => undefined,
      );
    }, LOOKUP_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key]);

  return answer !== undefined && answer.key === key ? answer.result : undefined;
}
