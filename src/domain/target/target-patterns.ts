import { NUMERAL_PATTERN } from '../numbers/parse-number.ts';
import { UNIT_PATTERN } from '../numbers/units.ts';

export { UNIT_PATTERN };

/** A numeral with an optional sign (负 and the minus forms a report or OCR may use). */
export const SIGNED_NUMERAL = `(?:[-+负]\\s*)?${NUMERAL_PATTERN}`;

/** Words that start the target part of "name + target" (地区生产总值|增长5%左右). */
export const TARGET_START =
  /年均|累计|增长(?!率)|增速|增幅|涨幅|下降|降低|减少|回落|提高|提升|增加(?!值)|达到|控制|保持|稳定在|维持|不低于|不少于|不超过|不高于|低于|高于|超过|至少|缩小|扩大|增至|降至|(?<![节制集])约(?=\s*\d)/g;

/** A verb that names the end level: the number after it is the target (由75%提高到80%). */
export const TO_LEVEL =
  /(?:提高|提升|增加|增长|降低|下降|减少|缩小|扩大|控制|稳定|保持)(?:到|至)|增至|降至|达到|(?<![下发表传])达/;

export const RANGE_SEPARATOR = '(?:至|到|[-—–~～－−]+)';

export const APPROX_AFTER = /^(?:左右|上下|以上下)/;
export const GTE_AFTER = /^(?:以上|及以上|之上|或以上)/;
export const LTE_AFTER = /^(?:以内|以下|之内|及以下|或以下)/;
// 近2万个 (nearly 20,000) is approximate too.
export const APPROX_BEFORE = /(?:约|大约|大概|大致|接近|将近|(?<!附)近)$/;
export const GTE_BEFORE =
  /(?:[>≥]|不低于|不少于|不小于|至少|(?<!不)高于|(?<!不)超过|(?<!不)大于|多于|突破)(?:在|到)?$/;
export const LTE_BEFORE =
  /(?:[<≤]|不超过|不高于|不大于|(?<!不)低于|(?<!不)少于|(?<!不)小于|控制在|控制到|最多)$/;

export const INCREASE_VERB = /增长|增速|增幅|涨幅|提高|提升|增加(?!值)|上升|扩大/;
export const DECREASE_VERB = /下降|降低|减少|回落|缩小|减排/;
export const GROWTH_WORD = /增长(?!率)|增速|增幅|涨幅|下降|降低|回落/;

/** Years, plan periods and baselines that are not the target number. */
export const NOT_TARGET_NUMBERS = [
  /(?:比|较|与|以)?(?:19|20)\d\d年(?:为基[数期准])?(?:底|末|前|年底|年末)?(?:相比|比)?/g,
  /[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末期?|规划)?/g,
  /比上年|较上年|同比/g,
];

/** A target a higher level assigns: 完成国家下达目标 · 国家规定 · 完成省定目标 (set by the province). */
export const ASSIGNED =
  /下达|国家.{0,4}(?:规定|考核)|上级.{0,4}(?:规定|考核)|(?:国家|中央|省|市|县|区|上级)(?:级)?(?:确定|核定|分解|定)的?(?:目标|任务|指标)/;
