import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** DTO validation: unknown fields and wrong types are rejected with every problem listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
  });
}

/** Finds the first string (key or value) holding a lone UTF-16 surrogate; returns its path. */
export function findIllFormed(value: unknown, path = 'body', depth = 0): string | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return value.isWellFormed() ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findIllFormed(value[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!k.isWellFormed()) return `${path} (a key)`;
      const p = findIllFormed(v, `${path}.${k}`, depth + 1);
      if (p) return p;
    }
  }
  return null;
}

/** Rejects strings with lone surrogates before anything stores or screens them. */
@Injectable()
export class WellFormedStringsPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (meta.type !== 'body' && meta.type !== 'query') return value;
    const bad = findIllFormed(value, meta.type);
    if (bad) throw new BadRequestException({ code: 'invalid_unicode', message: `${bad} contains a lone UTF-16 surrogate (not valid Unicode text)` });
    return value;
  }
}
