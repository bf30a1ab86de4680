// Placeholder resource module for the corpus.
export class Greeting extends Resource {
  get() {
    return { greeting: 'Hello from Harper' };
  }
}
