import { Resource } from 'harperdb';
export class Hello extends Resource {
  get() { return { hello: 'world' }; }
}
