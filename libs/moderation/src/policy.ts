import { z } from 'zod';
import { CheckName, SEVERITIES } from './types';

// The per-site policy (SPEC "Policy"). One schema serves the API (PATCH /v1/sites/:id), the worker
// and `bin/moderate screen --policy FILE`, so a policy means the same thing everywhere.

export const checkPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    action: z.enum(['hold', 'reject']).default('hold'),
    /** Score at or above which the check flags the comment (0..1). */
    threshold: z.number().min(0).max(1).optional(),
    /** Score at or above which a flagged comment is rejected without review. */
    autoRejectAbove: z.number().min(0).max(1).nullable().optional(),
    /** Lowest severity that counts as a flag (obscenity: `mild` words pass by default). */
    minSeverity: z.enum(SEVERITIES).optional(),
  })
  .strict();
export type CheckPolicy = z.infer<typeof checkPolicySchema>;

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(253)
  .regex(/^(\*\.)?[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)+$/, 'must be a domain name such as example.com');

const wordSchema = z.string().trim().min(1).max(100);

export const sitePolicySchema = z
  .object({
    mode: z.enum(['post', 'pre']).default('post'),
    checks: z
      .object({
        obscenity: checkPolicySchema.optional(),
        links: checkPolicySchema.optional(),
        personal_attack: checkPolicySchema.optional(),
        hate: checkPolicySchema.optional(),
      } satisfies Record<CheckName, unknown>)
      .strict()
      .default({}),
    allowedDomains: z.array(domainSchema).max(1000).default([]),
    blockWords: z.array(wordSchema).max(5000).default([]),
    allowWords: z.array(wordSchema).max(5000).default([]),
    reportThreshold: z.number().int().min(1).max(1000).default(3),
    /** Languages the site expects (`en`, `hi`, `hi-Latn`); informational for now, reported per comment. */
    languages: z.array(z.enum(['en', 'hi', 'hi-Latn', 'other'])).max(4).default(['en']),
  })
  .strict();

export type SitePolicyInput = z.input<typeof sitePolicySchema>;
export type SitePolicy = z.output<typeof sitePolicySchema>;

/** Validates and fills defaults. Throws a ZodError with readable issues on bad input. */
export function parsePolicy(input: unknown): SitePolicy {
  return sitePolicySchema.parse(input ?? {});
}

export function defaultPolicy(): SitePolicy {
  return sitePolicySchema.parse({});
}
