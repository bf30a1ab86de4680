// Derived resource: latest reading per device.
export class LatestReading extends Resource {
  static loadAsInstance = false;
  async get(target) {
    const results = databases.iot.Reading.search({ conditions: [{ attribute: 'deviceId', value: target.id }], limit: 1 });
    for await (const reading of results) return reading;
  }
}
