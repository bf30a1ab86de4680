// Products are extended with a computed list price in euros.
export class ProductView extends tables.Product {
  static loadAsInstance = false;
  async get(target) {
    const product = await super.get(target);
    return product && { ...product, priceEuros: product.priceCents / 100 };
  }
}
