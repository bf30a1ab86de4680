import { Resource } from 'harperdb';

// GET /FleetVersion tells which version of the app is serving
export class FleetVersion extends Resource {
  get() {
    return { version: 1 };
  }
}
