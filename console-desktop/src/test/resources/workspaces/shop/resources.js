import { Resource } from 'harperdb';

// A tiny endpoint beside the tables: GET /Hello
export class Hello extends Resource {
  get() {
    return { hello: 'world' };
  }
}
