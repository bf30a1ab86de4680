// no custom resources: the Reading table is exported by the schema
export {};
