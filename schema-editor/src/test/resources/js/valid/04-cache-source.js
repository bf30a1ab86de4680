const BASE = 'https://api.example.com';

class WeatherAPI extends Resource {
	async get() {
		const id = this.getId();
		const response = await fetch(`${BASE}/weather/${encodeURIComponent(id)}?units=${id.includes('us') ? 'imperial' : 'metric'}`);
		return response.json();
	}
}

tables.WeatherCache.sourcedFrom(WeatherAPI, { expiration: 300 });

export class Weather extends tables.WeatherCache {
	static loadAsInstance = false;

	invalidate(target) {
		return super.invalidate(target);
	}
}
