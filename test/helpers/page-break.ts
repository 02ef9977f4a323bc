/**
 * An e-paper paste across a page break: a passage broken mid-sentence by the page's running foot and
 * its jump lines (下转/上接), the next district under its chair's subhead, the editors' credits and a
 * WeChat copy's buttons at the end.
 */
export const PAGE_BREAK_TEXT = [
  '履职这一年·区县政协主席访谈',
  '□ 本报记者 张某某',
  '',
  '安州区政协突出“三个聚焦”，全年',
  '组织委员视察调研二十余次，覆盖',
  '四川政协报 2025年1月10日 星期五 责任编辑 李某 3 要闻',
  '（下转第3版）',
  '（上接第1版）',
  '全区18个乡镇、2.3万户。',
  '三台县政协主席 赵某某',
  '三台县政协围绕涪江流域生态保护，',
  '组织委员开展专题视察12次，提出',
  '建议46条，推动解决问题30余个。',
  '编辑：王丽',
  '审核：李强',
  '阅读原文',
  '分享 收藏 点赞 在看',
].join('\n');
