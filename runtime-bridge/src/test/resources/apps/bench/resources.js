import { Resource } from 'harperdb';
export class Ping extends Resource {
  get() { return { pong: true }; }
}
