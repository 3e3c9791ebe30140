/** A value a message parameter may hold: JSON, so messages travel through the API unchanged. */
export type ParamValue =
  | string
  | number
  | boolean
  | null
  | readonly ParamValue[]
  | { readonly [key: string]: ParamValue | undefined };

export type Params = { readonly [key: string]: ParamValue | undefined };

/**
 * What a rule, a service or an error says, as data: a stable code and its parameters. One
 * renderer (render.ts) writes it in Chinese or English; nothing upstream builds sentences.
 *
 * @example { code: 'ASSESS_FLOW_PACE', params: { ratio: 0.94, tolerance: 0.9 } }
 */
export interface Message<C extends string = string, P extends Params = Params> {
  code: C;
  params: P;
}

/** The two sentences of one code, each from the code's typed parameters. */
export interface Translations<P> {
  zh: (params: P) => string;
  en: (params: P) => string;
}

/**
 * A catalog that covers every message of a union, each with its own parameter type: declaring the
 * messages first (in the domain, say) makes the compiler check the catalog against them.
 *
 * @example const catalog: CatalogFor<AssessMessage> = { ASSESS_NO_DATA: { zh: () => '暂无数据', en: () => 'No data' } };
 */
export type CatalogFor<M extends Message> = {
  [K in M['code']]: Translations<Extract<M, { code: K }>['params']>;
};

/** The message union a catalog object defines, for catalogs written before their messages. */
export type MessageOf<C> = {
  [K in keyof C & string]: Message<
    K,
    C[K] extends Translations<infer P> ? (P extends Params ? P : never) : never
  >;
}[keyof C & string];
