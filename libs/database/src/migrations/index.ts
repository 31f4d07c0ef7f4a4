import { InitialSchema1764288000000 } from './1764288000000-InitialSchema';
import { ReviewQueue1764460800000 } from './1764460800000-ReviewQueue';
import { Webhooks1764547200000 } from './1764547200000-Webhooks';
import { WebhookUuidv71764547300000 } from './1764547300000-WebhookUuidv7';

// Every migration, in order. Add new ones at the end; never edit one that has been committed.
export const MIGRATIONS = [InitialSchema1764288000000, ReviewQueue1764460800000, Webhooks1764547200000, WebhookUuidv71764547300000];
