/** Products with a computed display price. */
const { Product } = tables;

export class ProductWithPrice extends tables.Product {
	static loadAsInstance = false;

	async get(target) {
		const record = await super.get(target);
		const cents = record?.priceCents ?? 0;
		return { ...record, display: `$${(cents / 100).toFixed(2)}` };
	}

	allowRead(user, target, context) {
		return true;
	}
}

export const pageSize = 50;
