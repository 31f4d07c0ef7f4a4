import { InvalidInputError, NotFoundError } from '@app/common';

export class SiteNotFoundError extends NotFoundError {
  constructor() {
    super('site_not_found', 'no such site');
  }
}

export class ApiKeyNotFoundError extends NotFoundError {
  constructor() {
    super('api_key_not_found', 'no such API key');
  }
}

export class InvalidPolicyError extends InvalidInputError {
  constructor(problems: string[]) {
    super('invalid_policy', `invalid policy: ${problems.join('; ')}`, { problems });
  }
}
