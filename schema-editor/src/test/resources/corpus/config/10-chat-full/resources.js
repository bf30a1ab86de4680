// Messages are length-checked before they are stored and published.
const maxLength = Number(process.env.MAX_MESSAGE_LENGTH ?? 4000);
export class Message extends tables.Message {
  static loadAsInstance = false;
  async post(target, data) {
    if (typeof data.body !== 'string' || data.body.length > maxLength) {
      const error = new Error(`body must be a string of at most ${maxLength} characters`);
      error.statusCode = 400;
      throw error;
    }
    return super.post(target, data);
  }
}
