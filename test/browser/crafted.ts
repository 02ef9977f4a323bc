/**
 * A report crafted to attack the HTML page: script and attribute payloads in its headline, in a
 * district's passage, in a speaker's quote and in its file name. Shared by the page writer's unit
 * test and the browser test that opens it.
 */
export const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
export const ATTRIBUTE_PAYLOAD = '"><img src=x onerror=alert(2)>';
export const CRAFTED_PATH = `crafted${ATTRIBUTE_PAYLOAD}.txt`;

export const CRAFTED_TEXT = `政协工作交流会${SCRIPT_PAYLOAD}举行

□ 本报记者 张三

7月1日，全市政协工作交流会在市政协机关举行。

永川区政协主席文良印介绍，该区政协开展考察调研230余次${SCRIPT_PAYLOAD}，${ATTRIBUTE_PAYLOAD}服务群众1500余人次。

江津区政协主席杨利表示：“要${SCRIPT_PAYLOAD}，也要${ATTRIBUTE_PAYLOAD}"。”该区政协开展协商活动50余场。
`;
