/** Every synthetic row says so: 示例数据 must never be mistaken for real statistics. */
export const DEMO_SOURCE = '示例数据 (synthetic)';
export const DEMO_BY = 'planwatch 示例数据';
