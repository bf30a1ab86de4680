import { Resource } from 'harperdb';

/** GET /Status answers while the app is up. */
export class Status extends Resource {
  static loadAsInstance = false;

  get(target) {
    return { status: 'ok' };
  }
}
