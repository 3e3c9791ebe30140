import { describe, expect, it } from 'vitest';
import { CATALOG_ENTRIES, findCatalogEntry, getCatalogEntry } from './indicator-catalog.ts';

describe('findCatalogEntry', () => {
  it.each<[string, string | null]>([
    // The sample's targets table.
    ['全市生产总值', 'gdp'],
    ['地方一般公共预算收入', 'general_budget_revenue'],
    ['工业战略性新兴产业总产值占规模以上工业总产值比重', 'strategic_emerging_share'],
    ['居民消费价格指数', 'cpi'],
    ['全社会研发经费支出相当于全市生产总值比例', 'rd_intensity'],
    ['每万人口高价值发明专利拥有量', 'high_value_invention_patents'],
    ['数字经济核心产业增加值占全市生产总值比重', 'digital_economy_share'],
    ['新增跨国公司地区总部', 'regional_headquarters'],
    ['城镇新增就业人数', 'new_urban_jobs'],
    ['城镇调查失业率', 'surveyed_unemployment_rate'],
    ['居民人均可支配收入', 'disposable_income'],
    ['新增供应保障性租赁住房', 'affordable_rental_housing'],
    ['旧住房成套改造面积', 'old_housing_renovation'],
    ['养老机构护理型床位占比', 'nursing_bed_share'],
    ['单位生产总值二氧化碳排放量', 'co2_intensity'],
    ['主要污染物重点工程减排量(化学需氧量、总磷、挥发性有机物、氮氧化物)', 'major_pollutant_reduction'],
    ['细颗粒物(PM <sub>2.5</sub> )平均浓度', 'pm25'],
    ['细颗粒物(PM<sub>2.5</sub>)平均浓度', 'pm25'],
    ['生活垃圾回收利用率', 'waste_recycling_rate'],
    // Other regions' wording.
    ['全省地区生产总值', 'gdp'],
    ['地区生产总值增长', 'gdp'],
    ['国内生产总值', 'gdp'],
    ['GDP', 'gdp'],
    ['gdp增速', 'gdp'],
    ['一般公共预算收入', 'general_budget_revenue'],
    ['居民消费价格涨幅', 'cpi'],
    ['城镇登记失业率', 'registered_unemployment_rate'],
    ['城镇新增就业', 'new_urban_jobs'],
    ['万元地区生产总值能耗降低', 'energy_intensity'],
    ['单位地区生产总值能源消耗降低', 'energy_intensity'],
    ['单位GDP能耗', 'energy_intensity'],
    ['空气质量优良天数比率', 'good_air_days_share'],
    ['环境空气质量优良天数比率(%)', 'good_air_days_share'],
    ['PM2.5平均浓度', 'pm25'],
    ['研究与试验发展经费投入强度', 'rd_intensity'],
    ['R&D经费支出占GDP比重', 'rd_intensity'],
    ['全社会固定资产投资', 'fixed_asset_investment'],
    ['固定资产投资增长', 'fixed_asset_investment'],
    ['社会消费品零售总额', 'retail_sales'],
    ['规模以上工业增加值', 'industrial_value_added'],
    ['货物进出口总额', 'foreign_trade'],
    ['城镇居民人均可支配收入', 'urban_disposable_income'],
    ['农村居民人均可支配收入', 'rural_disposable_income'],
    ['人均地区生产总值', 'gdp_per_capita'],
    ['粮食产量', 'grain_output'],
    ['粮食总产量', 'grain_output'],
    ['森林覆盖率', 'forest_coverage'],
    ['常住人口城镇化率', 'urbanization_rate'],
    ['人均预期寿命', 'life_expectancy'],
    ['人口自然增长率', 'population_natural_growth_rate'],
    ['城镇调查失业率(%)', 'surveyed_unemployment_rate'],
    // National five-year table names.
    ['研发经费投入增长(%)', 'rd_expenditure_growth'],
    ['每千人口拥有执业(助理)医师数(人)', 'doctors_per_1000'],
    ['地级及以上城市空气质量优良天数比率(%)', 'good_air_days_share'],
    ['地表水达到或好于Ⅲ类水体比例(%)', 'surface_water_quality_share'],
    ['单位GDP二氧化碳排放降低(%)', 'co2_intensity'],
    ['粮食综合生产能力(亿吨)', 'grain_output'],
    ['劳动年龄人口平均受教育年限(年)', 'years_of_schooling'],
    ['全员劳动生产率增长(%)', 'labour_productivity'],
    ['化学需氧量排放总量减少', 'major_pollutant_reduction'],
    ['高新技术企业数', 'high_tech_enterprises'],
    ['规上工业企业', null],
    // Width and script do not matter.
    ['全市生產總值', 'gdp'],
    ['城鎮調查失業率', 'surveyed_unemployment_rate'],
    ['ＧＤＰ', 'gdp'],
    // Unknown names.
    ['新建公园', null],
    ['', null],
    ['   ', null],
  ])('%s → %s', (name, code) => {
    expect(findCatalogEntry(name)?.code ?? null).toBe(code);
  });

  it.each<[string, 'up' | 'down' | 'band']>([
    ['城镇登记失业率', 'down'],
    ['居民消费价格涨幅', 'down'],
    ['万元地区生产总值能耗降低', 'down'],
    ['细颗粒物平均浓度', 'down'],
    ['空气质量优良天数比率', 'up'],
    ['城镇新增就业', 'up'],
  ])('%s is %s', (name, direction) => {
    expect(findCatalogEntry(name)?.direction).toBe(direction);
  });
});

describe('CATALOG_ENTRIES', () => {
  it('has unique codes', () => {
    const codes = CATALOG_ENTRIES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('finds every entry by its own Chinese name and aliases', () => {
    for (const entry of CATALOG_ENTRIES) {
      expect(findCatalogEntry(entry.nameZh)?.code).toBe(entry.code);
      for (const alias of entry.aliases) expect(findCatalogEntry(alias)?.code, alias).toBe(entry.code);
    }
  });

  it('marks monthly cumulative series published for Jan–Feb together', () => {
    expect(getCatalogEntry('fixed_asset_investment')?.janFebCombined).toBe(true);
    expect(getCatalogEntry('retail_sales')?.janFebCombined).toBe(true);
    expect(getCatalogEntry('gdp')?.frequency).toBe('quarterly');
    expect(getCatalogEntry('new_urban_jobs')?.flow).toBe(true);
  });
});
