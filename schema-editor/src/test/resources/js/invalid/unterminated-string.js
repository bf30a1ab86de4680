export class Product extends tables.Product {
	static loadAsInstance = false;
	get(target) {
		return 'oops;
	}
}
