import type { Block, Byline, StoryFields } from '../../../shared/model/story';

/**
 * Stories of the sample page (../shared/samples/seed-page.txt), shortened and built by hand
 * so the store's tests do not depend on the importer; plus one with Latin words.
 */

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
export const subhead = (text: string): Block => ({ type: 'subhead', children: [{ text }] });
export const photo = (caption: string, credit = ''): Block => ({
  type: 'photo',
  assetId: null,
  caption,
  credit,
  children: [{ text: '' }],
});
const reporter = (...names: string[]): Byline => ({ role: 'reporter', label: '本报记者', names });
const correspondent = (...names: string[]): Byline => ({ role: 'correspondent', label: '本报通讯员', names });

export const QINYANG: Partial<StoryFields> = {
  section: '党建',
  headline: '沁阳市：凝聚合力构建新兴领域党建新格局',
  bylines: [reporter('杜挺勇'), correspondent('薛慧科')],
  body: [
    paragraph(
      '近年来，沁阳市瞄准新兴领域党建工作难点、堵点，围绕压实责任主体、提升服务质效、突出作用发挥，不断完善工作链条、创新工作手段，对新就业群体党建工作进行了有益探索。',
    ),
    subhead('压实责任主体\n延伸新兴领域党建工作“触角”'),
    paragraph(
      '开展“组织找党员、党员找组织、党员找党员”立体式摸排，在新就业群体300余名直接从业人员中找到党员48人，选派党建指导员22名，覆盖率100%。',
    ),
    paragraph(
      '截至目前，该市共组织线上直播教学5场；依托“骑手之家”，邀请交警大队民警为60余名外卖骑手现场进行交通安全专题辅导3次。',
    ),
  ],
};

export const DAWEI: Partial<StoryFields> = {
  section: '图说基层党建',
  headline: '大位村：“五星”支部创建',
  flags: ['provisional-headline'],
  photoCredit: '（本栏照片均由本报记者王梦梦摄）',
  body: [
    paragraph(
      '“五星”支部创建工作开展以来，修武县郇封镇大位村聚焦创建任务，突出创建重点，积极开展美丽乡村建设，改造水冲式厕所、安装路灯、硬化道路等，推动村庄从“一处美”迈向“处处美”。',
    ),
    photo('图① 建设温室大棚，增加集体收入。'),
    photo('图② 村民在游园锻炼身体。'),
    photo('图③ 村民在农家书屋读书。'),
  ],
};

export const ZHU: Partial<StoryFields> = {
  section: '视觉新闻',
  headline: '朱光丽：用爱缔造生命奇迹',
  bylines: [reporter('杨珂')],
  body: [
    photo('朱光丽上网查找资料。', '本报记者 杨珂 摄'),
    paragraph(
      '从医18年，她用扎实的技术，为许多不孕不育患者带去福音。她就是焦作市妇幼保健院质控办主任、生殖医学科副主任朱光丽。',
    ),
    paragraph(
      '在医生和患者将要灰心的时候，B超检查出一个5mm的卵泡。抱着试试看的态度，朱光丽用微刺激促排卵并取卵，最终取到卵子。',
    ),
    paragraph('2021年起，她开始担任焦作市妇幼保健院质控办主任。'),
  ],
};

export const SHANYANG: Partial<StoryFields> = {
  section: '党员先锋故事',
  headline: '山阳区：“五星”争创 亮点纷呈',
  flags: ['provisional-headline'],
  bylines: [reporter('宁江东'), correspondent('郭佳旗')],
  body: [
    paragraph(
      '区域化党建，“一核一轴五版块”强片拓面，破题起势；工字路社区招募52家同城联盟优质“合伙人”，社区邻里节办得热闹非凡。',
    ),
    subhead('挂图作战“一条心”\n齐头并进“攥指成拳”'),
    paragraph('时间就是命令，任务就是要求！该区按照整体推进思路，多次召开“五星”支部创建攻坚推进会。'),
  ],
};

export const DAOQING: Partial<StoryFields> = {
  section: '图说基层党建',
  headline: '市道清中学校史馆：讲好红色校史 传承红色基因',
  bylines: [reporter('赵政玲')],
  body: [
    paragraph('新学期“龙”重登场，校史馆也成为很多学校开展开学第一课的地方。市道清中学校史馆就成为该校师生的打卡地。'),
    paragraph(
      '该校是一所有着厚重红色基因的百年老校，其前身是1923年建立的焦作扶轮学校，从这里走出了韩秩吾、祁文山等优秀的革命先烈。',
    ),
    photo('市道清中学校史馆成为该校师生的打卡地。', '本报记者 王梦梦 摄'),
  ],
};

export const TAIJI: Partial<StoryFields> = {
  section: '视觉新闻',
  kicker: '陈家沟迎来海外学员',
  headline: '太极拳馆里的“洋弟子”',
  bylines: [reporter('王梦梦')],
  body: [
    paragraph('来自 Germany 的学员 Anna Schmidt 已是第3次来到陈家沟。她说：“Taijiquan is more than a sport.”'),
    paragraph('2020年，太极拳被列入 UNESCO 人类非物质文化遗产代表作名录。'),
  ],
};

export const SAMPLE_STORIES = [QINYANG, DAWEI, ZHU, SHANYANG, DAOQING, TAIJI];
