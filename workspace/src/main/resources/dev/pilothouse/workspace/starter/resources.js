import { Resource } from 'harperdb';

/** GET /Status answers while the app is up. */
export class Status extends Resource {
  get() {
    return { status: 'ok' };
  }
}
