/** Argument shapes of the self-check methods: neither takes anything. */
import { z } from 'zod';

export const integrityStatusArgSchema = z.strictObject({});
export const integrityRunArgSchema = z.strictObject({});
