/**
 * The typefaces GB/T 9704-2012 prescribes, each followed by what renders where the official fonts
 * are absent: the Windows and macOS equivalents, then Noto CJK (Debian fonts-noto-cjk), which
 * LibreOffice and browsers fall back to on a server.
 */
export const FONTS = {
  /** 标题: 方正小标宋简体. */
  title: [
    '方正小标宋简体',
    'FZXiaoBiaoSong-B05S',
    '华文中宋',
    'STZhongsong',
    'SimSun',
    'Noto Serif CJK SC',
    'serif',
  ],
  /** 正文: 仿宋_GB2312. */
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'serif'],
  /** 一级标题: 黑体. */
  hei: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'sans-serif'],
  /** 二级标题: 楷体_GB2312. */
  kai: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'serif'],
  /** 页码: 宋体. */
  song: ['宋体', 'SimSun', 'STSong', 'Noto Serif CJK SC', 'serif'],
} as const;

/** GB/T 9704 sizes in half-points (docx) — 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 21, caption: 28 } as const;
