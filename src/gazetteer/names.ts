/**
 * How division names are written and looked up: their short forms as running text uses them (万州
 * for 万州区, 秀山 for 秀山土家族苗族自治县, the name before the peoples of an autonomous county), and
 * the key of a name's first two characters, by which names are grouped for finding them in text.
 */
/**
 * The peoples an autonomous division is named for (各族: all of them); some go without 族 in its name
 * (察布查尔锡伯自治县). A division named for its people alone (鄂伦春自治旗) has no short form.
 */
const PEOPLES =
  '各|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_AUTONOMY = new RegExp(`^([\\u4e00-\\u9fff]{2,}?)(?:(?:${PEOPLES})族?)+自治[县旗州]$`);

export function shortNamesOf(name: string): string[] {
  const ethnic = ETHNIC_AUTONOMY.exec(name);
  if (ethnic) return [ethnic[1]!];
  if (name.length >= 3 && /[区县市旗]$/.test(name) && !/自治[县旗]$/.test(name)) return [name.slice(0, -1)];
  return [];
}

/**
 * How an autonomous county, banner or prefecture is commonly written, as a name of its own: 石柱县
 * for 石柱土家族自治县, 恩施州 for 恩施土家族苗族自治州 (its short form and its level); null for others.
 */
export function levelledNameOf(name: string): string | null {
  const ethnic = ETHNIC_AUTONOMY.exec(name);
  return ethnic ? ethnic[1]! + name.slice(-1) : null;
}

/** The key of the two UTF-16 units at `at`: every name is at least two characters long. */
export function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** How the gazetteer's data (divisions.ts) joins names, and ends each spelling's list of rows. */
export const NAME_SEPARATOR = '|';
export const SPELLING_END = '\uffff';
