import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * Builds a DTO without class-transformer and class-validator when a body plainly passes, or answers
 * null to let the full pipe decide (and word the error). It must never accept what the pipe refuses.
 */
export type FastValidator = (value: unknown) => object | null;

/** The ValidationPipe, with fast paths for hot request bodies (by DTO class). */
class ValidationPipeWithFastPaths extends ValidationPipe {
  constructor(options: ValidationPipeOptions, private readonly fastPaths: ReadonlyMap<unknown, FastValidator>) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const fast = metadata.type === 'body' ? this.fastPaths.get(metadata.metatype) : undefined;
    return (fast && fast(value)) ?? super.transform(value, metadata);
  }
}

/** DTO validation: unknown fields and wrong types are rejected with every problem listed. */
export function createValidationPipe(fastPaths: ReadonlyMap<unknown, FastValidator> = new Map()): ValidationPipe {
  return new ValidationPipeWithFastPaths({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const message = details.map((d) => d.problems.join(', ')).join('; ') || 'invalid request';
      return new BadRequestException({ code: 'validation_failed', message, details });
    },
  }, fastPaths);
}

/** Deepest JSON nesting a request may carry (none of our bodies needs more than 4). */
export const MAX_JSON_DEPTH = 32;

export type BodyProblem = { path: string; problem: 'lone_surrogate' | 'nul_character' | 'too_deep' };

/**
 * Walks a parsed JSON body: the first string (key or value) with a lone UTF-16 surrogate or a NUL
 * character (Postgres text cannot hold one), or nesting deeper than MAX_JSON_DEPTH.
 */
export function findBodyProblem(value: unknown, path = 'body', depth = 0): BodyProblem | null {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) return { path, problem: 'lone_surrogate' };
    if (value.includes('\u0000')) return { path, problem: 'nul_character' };
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_JSON_DEPTH) return { path, problem: 'too_deep' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findBodyProblem(value[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!k.isWellFormed()) return { path: `${path} (a key)`, problem: 'lone_surrogate' };
    if (k.includes('\u0000')) return { path: `${path} (a key)`, problem: 'nul_character' };
    const p = findBodyProblem(v, `${path}.${k}`, depth + 1);
    if (p) return p;
  }
  return null;
}

/** Kept for callers that only care about Unicode well-formedness. */
export function findIllFormed(value: unknown, path = 'body'): string | null {
  const p = findBodyProblem(value, path);
  return p && p.problem === 'lone_surrogate' ? p.path : null;
}

const PROBLEM_MESSAGES: Record<BodyProblem['problem'], [string, string]> = {
  lone_surrogate: ['invalid_unicode', 'contains a lone UTF-16 surrogate (not valid Unicode text)'],
  nul_character: ['invalid_character', 'contains a NUL character (\\u0000), which text cannot hold'],
  too_deep: ['too_deep', `is nested deeper than ${MAX_JSON_DEPTH} levels`],
};

/**
 * Rejects what no DTO should ever see: lone surrogates, NUL characters, absurd nesting. Runs before
 * the ValidationPipe (whose transformer would recurse into any depth).
 */
@Injectable()
export class WellFormedStringsPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type !== 'body' && meta.type !== 'query') return value;
    const bad = findBodyProblem(value, meta.type);
    if (bad) {
      const [code, what] = PROBLEM_MESSAGES[bad.problem];
      throw new BadRequestException({ code, message: `${bad.path} ${what}` });
    }
    return value;
  }
}
