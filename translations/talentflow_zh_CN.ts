<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FactConflict</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>职位(英文)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职位(中文)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>MatchReasonText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>姓名%1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>别名%1</translation>
    </message>
    <message>
        <source>traditional form of %1</source>
        <translation>%1的繁体写法</translation>
    </message>
    <message>
        <source>pinyin of %1</source>
        <translation>%1的拼音</translation>
    </message>
    <message>
        <source>pinyin initials of %1</source>
        <translation>%1的拼音首字母</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>%1的一部分</translation>
    </message>
    <message>
        <source>role title</source>
        <translation>职务名称</translation>
    </message>
    <message>
        <source>cited excerpt</source>
        <translation>引文摘录</translation>
    </message>
    <message>
        <source>spelled like %1</source>
        <translation>拼写接近%1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您要找的是不是%1?</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>same pinyin: %1 and %2</source>
        <translation>拼音相同:%1 与 %2</translation>
    </message>
    <message>
        <source>same in simplified characters: %1 and %2</source>
        <translation>简体写法相同:%1 与 %2</translation>
    </message>
    <message>
        <source>same name: %1 and %2</source>
        <translation>姓名相同:%1 与 %2</translation>
    </message>
    <message>
        <source>%1 and %2 (%3)</source>
        <translation>%1 与 %2(%3)</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>被解雇</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>创立</translation>
    </message>
    <message>
        <source>sabbatical</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>role change</source>
        <translation>职务变动</translation>
    </message>
    <message>
        <source>ousted</source>
        <translation>被罢免</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>复职</translation>
    </message>
</context>
<context>
    <name>talentflow::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Talentflow</source>
        <translation>人才流向</translation>
    </message>
    <message>
        <source>Who held which role at which company, when they left, where they went, and which words in which article say so.</source>
        <translation>谁在哪家公司担任何职、何时离开、去向何处,以及哪篇文章的哪些原话这样说。</translation>
    </message>
    <message>
        <source>Built with Qt %1 (LGPL v3), SQLite %2 (public domain) and spdlog (MIT licence, with {fmt}, MIT). Chinese text is drawn with the Noto CJK fonts (SIL Open Font License).</source>
        <translation>基于 Qt %1(LGPL v3)、SQLite %2(公有领域)和 spdlog(MIT 许可,含 {fmt},MIT)构建。中文以 Noto CJK 字体显示(SIL 开源字体许可)。</translation>
    </message>
    <message>
        <source>About Talentflow</source>
        <translation>关于人才流向</translation>
    </message>
    <message numerus="yes">
        <source>Data set: %n article(s); publishers named: %1.</source>
        <translation>
            <numerusform>数据集:%n 篇文章;注明的发布者:%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::AddArticleDialog</name>
    <message>
        <source>Add Article</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here, or open a .txt, .md or .html file.</source>
        <translation>在此粘贴文章正文,或打开 .txt、.md 或 .html 文件。</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>媒体(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>发布日期(&amp;D):</translation>
    </message>
    <message>
        <source>Cannot read the article</source>
        <translation>无法读取文章</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm)</source>
        <translation>文章 (*.txt *.md *.html *.htm)</translation>
    </message>
    <message>
        <source>The publication date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>发布日期须为 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>文章还没有正文。</translation>
    </message>
    <message>
        <source>The article is larger than %1 MB.</source>
        <translation>文章超过 %1 MB。</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>文章需要标题。</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>标题超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The publisher&apos;s name is longer than %1 characters.</source>
        <translation>媒体名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose the article&apos;s language.</source>
        <translation>请选择文章的语言。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>网址须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章信息</translation>
    </message>
    <message>
        <source>Replace Article Text</source>
        <translation>替换文章正文</translation>
    </message>
    <message>
        <source>The text is the article&apos;s own; correct it, or open the corrected file.</source>
        <translation>正文与文章现有正文相同；请修改它，或打开修正后的文件。</translation>
    </message>
</context>
<context>
    <name>talentflow::ArticleReader</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>Cite &amp;as</source>
        <translation>引用为(&amp;A)</translation>
    </message>
    <message>
        <source>Cite selection as</source>
        <translation>将所选文字引用为</translation>
    </message>
    <message>
        <source>The database is read-only; nothing can be cited.</source>
        <translation>数据库为只读,无法引用。</translation>
    </message>
    <message>
        <source>&amp;Movement…</source>
        <translation>变动(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>职位(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Evidence for a Fact…</source>
        <translation>事实的证据(&amp;E)…</translation>
    </message>
    <message>
        <source>Select words in the article, then cite them as a move, a role, a person&apos;s name or evidence for a fact.</source>
        <translation>在文章中选中文字,然后引用为变动、职务、人名或某条事实的证据。</translation>
    </message>
    <message>
        <source>&amp;Name of a Person…</source>
        <translation>人名(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>talentflow::ArticlesView</name>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>How many roles and moves cite the article</source>
        <translation>引用这篇文章的职务和去向的数量</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>编辑信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Replace Text…</source>
        <translation>替换正文(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;view Citations…</source>
        <translation>复核引用(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>talentflow::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1×(屏幕)</translation>
    </message>
    <message>
        <source>2× (print, retina)</source>
        <translation>2×(印刷、高清屏)</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>&amp;Chart only, without header and footer</source>
        <translation>仅图表,不含页眉和页脚(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Transparent background, for slides</source>
        <translation>透明背景,用于幻灯片(&amp;T)</translation>
    </message>
    <message>
        <source>Also save the &amp;data as CSV (the marks drawn, with their sources)</source>
        <translation>同时将数据另存为 CSV(图中所画的标记及其来源)(&amp;D)</translation>
    </message>
    <message>
        <source>Read aloud by screen readers in place of the picture; saved in the PNG, the SVG and the PDF</source>
        <translation>屏幕阅读器以此代替图片朗读;写入 PNG、SVG 和 PDF 文件</translation>
    </message>
    <message>
        <source>Optional: one sentence on what the chart shows</source>
        <translation>可选:用一句话说明图表内容</translation>
    </message>
    <message>
        <source>Optional: method, caveats</source>
        <translation>可选:方法、注意事项</translation>
    </message>
    <message>
        <source>Optional: who made the chart</source>
        <translation>可选:图表作者</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P):</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>替代文字(&amp;A):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>注释(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B):</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>No article is cited by the marks drawn</source>
        <translation>图中所画的标记未引用任何文章</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>talentflow::ChartPanel</name>
    <message>
        <source>Departures timeline</source>
        <translation>离职时间线</translation>
    </message>
    <message>
        <source>Founding team</source>
        <translation>创始团队</translation>
    </message>
    <message>
        <source>Lanes: people</source>
        <translation>分行:按人物</translation>
    </message>
    <message>
        <source>Lanes: companies</source>
        <translation>分行:按公司</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom the time axis, drag or the arrow keys pan it, double-click or 0 resets; Shift+wheel, ↑ ↓ and Page Up/Down scroll the lanes</source>
        <translation>滚轮或 + 和 − 缩放时间轴,拖动或左右方向键平移,双击或 0 重置;按住上档键滚动滚轮、上下方向键或翻页键滚动各行</translation>
    </message>
    <message>
        <source>Talent flow</source>
        <translation>人才流向</translation>
    </message>
    <message>
        <source>Periods: years</source>
        <translation>时段:每年</translation>
    </message>
    <message>
        <source>Periods: 2 years</source>
        <translation>时段:每 2 年</translation>
    </message>
    <message>
        <source>Periods: 5 years</source>
        <translation>时段:每 5 年</translation>
    </message>
    <message>
        <source>Periods: eras (2015, 2019, 2023)</source>
        <translation>时段:按时期(2015、2019、2023)</translation>
    </message>
    <message>
        <source>How the talent flow cuts time into columns</source>
        <translation>人才流向图按什么时段分列</translation>
    </message>
</context>
<context>
    <name>talentflow::CiteDialog</name>
    <message>
        <source>date not stated</source>
        <translation>日期未说明</translation>
    </message>
    <message>
        <source>Cite as Movement</source>
        <translation>引用为变动</translation>
    </message>
    <message>
        <source>Cite as Role</source>
        <translation>引用为职位</translation>
    </message>
    <message>
        <source>Cite as Evidence for a Fact</source>
        <translation>引用为事实的证据</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人物(&amp;P):</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>its end</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>事实(&amp;F):</translation>
    </message>
    <message>
        <source>Date the words &amp;state:</source>
        <translation>文字所述日期(&amp;S):</translation>
    </message>
    <message>
        <source>The role&apos;s date is:</source>
        <translation>该日期是职位的:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>去向(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职位名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E):</translation>
    </message>
    <message>
        <source>From “%1”, characters %2–%3</source>
        <translation>出自《%1》,第 %2–%3 字符</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Role: %1 · %2 · %3 – %4</source>
        <translation>职位:%1 · %2 · %3 – %4</translation>
    </message>
    <message>
        <source>Name the person.</source>
        <translation>请填写人物。</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>请填写公司。</translation>
    </message>
    <message>
        <source>“%1” names %2 records; type the full name.</source>
        <translation>“%1”对应 %2 条记录,请输入全名。</translation>
    </message>
    <message>
        <source>No one named “%1” is stored.</source>
        <translation>数据库中没有名为“%1”的人物。</translation>
    </message>
    <message>
        <source>No one named “%1” is stored; tick the box to add them.</source>
        <translation>数据库中没有名为“%1”的人物;勾选复选框即可新增。</translation>
    </message>
    <message>
        <source>No company named “%1” is stored; tick the box to add it.</source>
        <translation>数据库中没有名为“%1”的公司;勾选复选框即可新增。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1”不是日期;请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Choose the fact these words are evidence for.</source>
        <translation>请选择这段文字所证明的事实。</translation>
    </message>
    <message>
        <source>Give the role&apos;s title.</source>
        <translation>请填写职位名称。</translation>
    </message>
    <message>
        <source>The role ends before it starts.</source>
        <translation>职位的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Add “%1” as a new person</source>
        <translation>将“%1”新增为人物</translation>
    </message>
    <message>
        <source>Add “%1” as a new company</source>
        <translation>将“%1”新增为公司</translation>
    </message>
    <message>
        <source>The fact has no date: it takes %1 from these words.</source>
        <translation>该事实没有日期:将采用这段文字所述的 %1。</translation>
    </message>
    <message>
        <source>The fact is dated %1 and these words say %2: both dates are kept, as a disagreement.</source>
        <translation>该事实的日期为 %1,而这段文字称 %2:两个日期都会保留,记为分歧。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;(%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Already stored? %1</source>
        <translation>已存储?%1</translation>
    </message>
    <message>
        <source>A stored person whose name this may be. Click the name to cite that person instead of adding a new one.</source>
        <translation>这可能是某位已存储人物的姓名。点击该姓名即可引用此人,而不是添加新人物。</translation>
    </message>
</context>
<context>
    <name>talentflow::CiteNameDialog</name>
    <message>
        <source>Cite as Name of a Person</source>
        <translation>引用为人名</translation>
    </message>
    <message>
        <source>“%1” is how this article writes the name of:</source>
        <translation>本文用“%1”来称呼:</translation>
    </message>
    <message>
        <source>The words become the person&apos;s alias, and search finds the person by them.</source>
        <translation>这些文字将成为此人的别名,搜索时也能据此找到此人。</translation>
    </message>
    <message>
        <source>A name the person is stored under</source>
        <translation>此人已存储的某个姓名</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人物(&amp;P):</translation>
    </message>
    <message>
        <source>“%1” is already a name of %2.</source>
        <translation>“%1”已是%2的姓名。</translation>
    </message>
    <message>
        <source>“%1” is already a name of %2 people.</source>
        <translation>“%1”已是%2个人的姓名。</translation>
    </message>
    <message>
        <source>Name the person these words refer to.</source>
        <translation>请写出这些文字所指的人。</translation>
    </message>
    <message>
        <source>No person named “%1” is stored.</source>
        <translation>没有存储名为“%1”的人物。</translation>
    </message>
    <message>
        <source>“%1” names %2 people; type the full name.</source>
        <translation>“%1”对应%2个人;请输入全名。</translation>
    </message>
    <message>
        <source>A name is on one line; select the words of the name only.</source>
        <translation>姓名只占一行;请只选中姓名的文字。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters; select the words of the name only.</source>
        <translation>姓名最多 %1 个字符;请只选中姓名的文字。</translation>
    </message>
</context>
<context>
    <name>talentflow::CompanyNamesDialog</name>
    <message>
        <source>Edit Company Names</source>
        <translation>编辑公司名称</translation>
    </message>
    <message>
        <source>Every role and move at this company shows the corrected names.</source>
        <translation>此公司的所有职务与变动都将显示更正后的名称。</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名(&amp;E):</translation>
    </message>
    <message>
        <source>Name in C&amp;hinese:</source>
        <translation>中文名(&amp;H):</translation>
    </message>
    <message>
        <source>Give the company an English or a Chinese name.</source>
        <translation>请为公司填写英文名或中文名。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
</context>
<context>
    <name>talentflow::ConflictDialog</name>
    <message>
        <source>(not stated)</source>
        <translation>(未说明)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Save as chosen</source>
        <translation>按所选保存</translation>
    </message>
    <message>
        <source>Save each field as chosen above</source>
        <translation>按上方为每个字段所做的选择保存</translation>
    </message>
    <message>
        <source>Saved elsewhere meanwhile</source>
        <translation>已在别处保存</translation>
    </message>
    <message>
        <source>“%1” was saved elsewhere (in another window, or by another editor) while you were editing it. Choose what to keep; nothing is overwritten until you do.</source>
        <translation>您编辑“%1”期间,它已在别处(另一个窗口,或另一位编辑)保存。请选择保留哪些内容;在您选择之前,不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>别处保存的</translation>
    </message>
    <message>
        <source>Save all of your values over the ones saved elsewhere</source>
        <translation>用您的全部值覆盖别处保存的值</translation>
    </message>
    <message>
        <source>Drop your changes and keep what was saved elsewhere</source>
        <translation>放弃您的修改,保留别处保存的内容</translation>
    </message>
</context>
<context>
    <name>talentflow::DataSession</name>
    <message>
        <source>No database is open.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有一项导入正在进行。</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>数据库为只读。</translation>
    </message>
    <message>
        <source>An import is running; edit again when it is done.</source>
        <translation>正在导入;请在导入完成后再编辑。</translation>
    </message>
    <message>
        <source>The connection to the team database is lost; Talentflow is connecting again. Make the edit again once it is back: nothing of it was saved.</source>
        <translation>与团队数据库的连接已断开,Talentflow 正在重新连接。连接恢复后请重新进行这项编辑:它的任何部分都没有保存。</translation>
    </message>
</context>
<context>
    <name>talentflow::Database</name>
    <message>
        <source>the database is busy: another program is writing to it; try again in a moment</source>
        <translation>数据库正忙:另一个程序正在写入;请稍后再试</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏(%1)</translation>
    </message>
    <message>
        <source>not a Talentflow database (not an SQLite file)</source>
        <translation>不是人才流向数据库(不是 SQLite 文件)</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>the team database is busy: another editor is writing to it; try again in a moment</source>
        <translation>团队数据库正忙:另一位编辑正在写入;请稍后再试</translation>
    </message>
</context>
<context>
    <name>talentflow::DatabaseActions</name>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>未导入任何内容;数据库保持原样。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情:%1</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a Talentflow database.</source>
        <translation>“%1”不是人才流向数据库。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read safely.</source>
        <translation>“%1”已损坏,无法安全读取。</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Talentflow. Update Talentflow to open it.</source>
        <translation>“%1”由更新版本的人才流向创建。请更新人才流向后再打开。</translation>
    </message>
    <message>
        <source>“%1” contains triggers or views that could run code, so Talentflow does not open it.</source>
        <translation>“%1”含有可能执行代码的触发器或视图,人才流向不会打开此类文件。</translation>
    </message>
    <message>
        <source>“%1” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>“%1”正忙:另一个程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade, but it is read-only. Open a copy you can write to.</source>
        <translation>“%1”需要升级,但它是只读的。请打开一份可写的副本。</translation>
    </message>
    <message>
        <source>Talentflow could not open “%1”.</source>
        <translation>人才流向无法打开“%1”。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Data saved to %1</source>
        <translation>数据已保存到 %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Talentflow databases (*.sqlite *.db);;All files (*)</source>
        <translation>人才流向数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Talentflow exports (*.json)</source>
        <translation>人才流向导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>JSON, format 2 (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON 第 2 版格式 (*.json);;电子表格用 CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n new role(s)</source>
        <translation>
            <numerusform>%n 条新职务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new movement(s)</source>
        <translation>
            <numerusform>%n 条新去向</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <extracomment>%1: &quot;3 new roles&quot;, %2: &quot;12 new movements&quot;</extracomment>
        <translation>已导入 %1和 %2。</translation>
    </message>
    <message>
        <source>Chart saved to %1, its data to %2</source>
        <translation>图表已保存到 %1,数据已保存到 %2</translation>
    </message>
    <message>
        <source>…and more.</source>
        <translation>……还有更多。</translation>
    </message>
    <message>
        <source>Possibly Stored Twice</source>
        <translation>可能重复存储</translation>
    </message>
    <message>
        <source>The import added people whose names are stored people&apos;s in another form. If two records are one person, select one and choose “Merge with another person…” in the detail pane.</source>
        <translation>导入添加的人物中,有人的姓名是已存储人物姓名的另一种写法。如果两条记录是同一人物,请选中其中一条,在详情栏中选择“与另一人物合并…”。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling; nothing of %1 will be kept…</source>
        <translation>正在取消；%1 的内容不会保留…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the database is unchanged.</source>
        <translation>已取消导入 %1；数据库未改动。</translation>
    </message>
    <message>
        <source>Building the indexes and the search index…</source>
        <translation>正在建立索引和搜索索引…</translation>
    </message>
    <message>
        <source>Saving the chart to %1…</source>
        <translation>正在将图表保存到 %1…</translation>
    </message>
</context>
<context>
    <name>talentflow::DateCellDelegate</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty where the articles do not say.</source>
        <translation>格式为 YYYY、YYYY-MM 或 YYYY-MM-DD;文章未提及时留空。</translation>
    </message>
</context>
<context>
    <name>talentflow::DetailPane</name>
    <message>
        <source>date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1:%2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1:%2 %3</translation>
    </message>
    <message>
        <source>Select a person to read the excerpts behind their roles and moves.</source>
        <translation>选择一个人物,查看其职务与去向背后的原文摘录。</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>其他写法:</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Articles disagree:</source>
        <translation>各文章说法不一:</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期说明:%1</translation>
    </message>
    <message>
        <source>States the date: %1</source>
        <translation>所述日期:%1</translation>
    </message>
    <message>
        <source>States another date: %1; both dates are kept.</source>
        <translation>所述日期不同:%1;两个日期均保留。</translation>
    </message>
    <message>
        <source>Hide history</source>
        <translation>隐藏历史</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>No edits recorded: as the articles&apos; data set gave it.</source>
        <translation>没有编辑记录:与文章数据集给出的一致。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cited “%1”</source>
        <translation>引用了“%1”</translation>
    </message>
    <message>
        <source>Citation removed: “%1”</source>
        <translation>移除了引用:“%1”</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>修改:%1</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>移除引用</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Edit names…</source>
        <translation>编辑姓名…</translation>
    </message>
    <message>
        <source>Merge with another person…</source>
        <translation>与另一人物合并…</translation>
    </message>
    <message>
        <source>Correct a company&apos;s names:</source>
        <translation>更正公司名称:</translation>
    </message>
    <message>
        <source>The person shown here has been removed; Edit ▸ Undo brings them back.</source>
        <translation>此处显示的人物已被删除;“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Remove person…</source>
        <translation>删除人物…</translation>
    </message>
    <message>
        <source>Reinstated at %1, %2 — ousted %3</source>
        <extracomment>A badge under a person&apos;s names: &quot;Returned to OpenAI, 2023 — left 2017&quot;</extracomment>
        <translation>%2复职于%1 — %3被罢免</translation>
    </message>
    <message>
        <source>Returned to %1, %2 — left %3</source>
        <translation>%2回归%1 — %3离开</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in this ribbon of the talent flow</source>
        <translation>
            <numerusform>人才流向图中这条流带共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>returned</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>No move says they left; the next arrival ends the stay.</source>
        <translation>没有去向记录说明其离开;下一次加入即视为上一段任职结束。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more; a company filter or a search narrows the flow</source>
        <translation>
            <numerusform>另有 %n 人;按公司筛选或搜索可缩小范围</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>talentflow::Edit</name>
    <message>
        <source>%1 already has these names; no two companies share both names</source>
        <translation>%1已使用相同的英文名称和中文名称;两家公司不能同时共用这两个名称</translation>
    </message>
    <message>
        <source>%1 was changed in another window since; it is left as it is</source>
        <translation>%1此后已在另一个窗口中被修改;保持现状不变</translation>
    </message>
    <message>
        <source>%1 already has these names; the edit of %2 is kept</source>
        <translation>%1已使用相同的英文名和中文名;对%2的编辑予以保留</translation>
    </message>
    <message>
        <source>movement %1</source>
        <translation>变动(编号 %1)</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>职位(编号 %1)</translation>
    </message>
    <message>
        <source>there is no movement %1</source>
        <translation>没有编号为 %1 的变动</translation>
    </message>
    <message>
        <source>there is no role %1</source>
        <translation>没有编号为 %1 的职位</translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation>没有编号为 %1 的人物</translation>
    </message>
    <message>
        <source>there is no company %1</source>
        <translation>没有编号为 %1 的公司</translation>
    </message>
    <message>
        <source>person %1 “%2”</source>
        <translation>人物“%2”(编号 %1)</translation>
    </message>
    <message>
        <source>company %1 “%2”</source>
        <translation>公司“%2”(编号 %1)</translation>
    </message>
    <message>
        <source>the person has no name; give it an English or a Chinese one</source>
        <translation>该人物没有姓名;请填写英文名或中文名</translation>
    </message>
    <message>
        <source>the company has no name; give it an English or a Chinese one</source>
        <translation>该公司没有名称;请填写英文名称或中文名称</translation>
    </message>
    <message>
        <source>the person&apos;s English name is longer than %1 characters</source>
        <translation>人物的英文名超过 %1 个字符</translation>
    </message>
    <message>
        <source>the company&apos;s English name is longer than %1 characters</source>
        <translation>公司的英文名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the person&apos;s Chinese name is longer than %1 characters</source>
        <translation>人物的中文名超过 %1 个字符</translation>
    </message>
    <message>
        <source>the company&apos;s Chinese name is longer than %1 characters</source>
        <translation>公司的中文名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>%1 was changed in another window since it was read; look at it again</source>
        <translation>%1在读取之后已在另一个窗口中被修改;请重新查看</translation>
    </message>
    <message>
        <source>the role&apos;s title is empty</source>
        <translation>职位名称为空</translation>
    </message>
    <message>
        <source>the role&apos;s title is longer than %1 characters</source>
        <translation>职位名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the role ends (%1) before it starts (%2)</source>
        <translation>职位的结束日期(%1)早于开始日期(%2)</translation>
    </message>
    <message>
        <source>there is no citation %1</source>
        <translation>没有编号为 %1 的引用</translation>
    </message>
    <message>
        <source>citation %1 backs a side of a disagreement, not a fact</source>
        <translation>引用 %1 支持的是分歧中的一方说法,而不是一条事实</translation>
    </message>
    <message>
        <source>citation %1 is the last of %2; every fact keeps one: remove the fact instead</source>
        <translation>引用 %1 是%2仅剩的一条引用;每条事实至少保留一条引用:请改为删除该事实</translation>
    </message>
    <message>
        <source>nothing to put back</source>
        <translation>没有可恢复的内容</translation>
    </message>
    <message>
        <source>the person&apos;s name is empty</source>
        <translation>人物姓名为空</translation>
    </message>
    <message>
        <source>the person&apos;s name is longer than %1 characters</source>
        <translation>人物姓名超过 %1 个字符</translation>
    </message>
    <message>
        <source>the company&apos;s name is empty</source>
        <translation>公司名称为空</translation>
    </message>
    <message>
        <source>the company&apos;s name is longer than %1 characters</source>
        <translation>公司名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the destination&apos;s name is empty</source>
        <translation>去向公司的名称为空</translation>
    </message>
    <message>
        <source>the destination&apos;s name is longer than %1 characters</source>
        <translation>去向公司的名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>citation %1 is no longer there</source>
        <translation>引用 %1 已不存在</translation>
    </message>
    <message>
        <source>there is no source %1</source>
        <translation>没有编号为 %1 的文章</translation>
    </message>
    <message>
        <source>characters %1–%2 are not in source %3</source>
        <translation>字符位置 %1–%2 超出了文章 %3 的范围</translation>
    </message>
    <message>
        <source>characters %1–%2 cut a character in half</source>
        <translation>字符位置 %1–%2 把一个字符截成了两半</translation>
    </message>
    <message>
        <source>the quote is empty</source>
        <translation>引文为空</translation>
    </message>
    <message>
        <source>the quote is longer than %1 characters</source>
        <translation>引文超过 %1 个字符</translation>
    </message>
    <message>
        <source>a move has one date, not a start or an end</source>
        <translation>变动只有一个日期,没有开始或结束日期</translation>
    </message>
    <message>
        <source>a role&apos;s date is its start or its end</source>
        <translation>职位的日期只能是开始日期或结束日期</translation>
    </message>
    <message>
        <source>these words already back %1</source>
        <translation>这些文字已是%1的依据</translation>
    </message>
    <message>
        <source>the role would end (%1) before it starts (%2)</source>
        <translation>该职位的结束日期(%1)将早于开始日期(%2)</translation>
    </message>
    <message>
        <source>%1 was changed in another window since; its date is left as it is now</source>
        <translation>%1此后已在另一个窗口中被修改;其日期保持现状</translation>
    </message>
    <message>
        <source>%1 was changed in another window since; the citation is left in place</source>
        <translation>%1此后已在另一个窗口中被修改;引用保留不动</translation>
    </message>
    <message>
        <source>a person named &quot;%1&quot; is already stored (id %2)</source>
        <translation>已存储名为“%1”的人物(编号 %2)</translation>
    </message>
    <message>
        <source>a company named &quot;%1&quot; is already stored (id %2)</source>
        <translation>已存储名为“%1”的公司(编号 %2)</translation>
    </message>
    <message>
        <source>%1 has been cited again or changed since; it is kept</source>
        <translation>%1此后又被引用或被修改过;予以保留</translation>
    </message>
    <message>
        <source>%1 is no longer the one this edit added</source>
        <translation>%1已不是这次编辑所添加的那一条</translation>
    </message>
    <message>
        <source>an alias is empty</source>
        <translation>有一个别名为空</translation>
    </message>
    <message>
        <source>the alias “%1” is longer than %2 characters</source>
        <translation>别名“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 has no alias “%2”</source>
        <translation>%1没有别名“%2”</translation>
    </message>
    <message>
        <source>%1 already has the alias “%2”</source>
        <translation>%1已有别名“%2”</translation>
    </message>
    <message>
        <source>%1 already has these names; if they are one person, merge them instead</source>
        <translation>%1已使用相同的英文名和中文名;如果两者是同一个人,请改为合并</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself</source>
        <translation>%1不能与自身合并</translation>
    </message>
    <message>
        <source>%1 was changed in another window since %2 was merged into it; the merge is kept</source>
        <translation>%1在%2并入后已在另一个窗口中被修改;合并予以保留</translation>
    </message>
    <message>
        <source>another person has taken the id of %1 since the merge; the merge is kept</source>
        <translation>合并之后,另一人物已占用%1的编号;合并予以保留</translation>
    </message>
    <message>
        <source>%1 already has these names; the merge of %2 is kept</source>
        <translation>%1已使用相同的英文名和中文名;对%2的合并予以保留</translation>
    </message>
    <message>
        <source>a role, move or alias that came with %1 was removed since the merge; the merge is kept</source>
        <translation>随%1并入的某个职位、变动或别名在合并后已被删除;合并予以保留</translation>
    </message>
    <message>
        <source>the article has no text</source>
        <translation>文章没有正文</translation>
    </message>
    <message>
        <source>the article is larger than %1 MB</source>
        <translation>文章超过 %1 MB</translation>
    </message>
    <message>
        <source>the article needs a title</source>
        <translation>文章需要标题</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题超过 %1 个字符</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is longer than %1 characters</source>
        <translation>媒体名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the language must be zh or en, not &quot;%1&quot;</source>
        <translation>语言必须是 zh 或 en,而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>“%1”不是 http 或 https 网址</translation>
    </message>
    <message numerus="yes">
        <source>the article is cited %n time(s)</source>
        <translation>
            <numerusform>该文章被引用了 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>article %1 no longer holds that text</source>
        <translation>文章 %1 的正文已不是那段文字</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>没有编号为 %1 的文章</translation>
    </message>
    <message>
        <source>another article is already stored as &quot;%1&quot;</source>
        <translation>已有另一篇文章存储为“%1”</translation>
    </message>
    <message>
        <source>the new text is empty</source>
        <translation>新正文为空</translation>
    </message>
    <message>
        <source>the new text is larger than %1 MB</source>
        <translation>新正文超过 %1 MB</translation>
    </message>
    <message>
        <source>the new text is the same as article %1&apos;s</source>
        <translation>新正文与文章 %1 的正文相同</translation>
    </message>
    <message>
        <source>article %1 already holds this text</source>
        <translation>文章 %1 的正文已是这段文字</translation>
    </message>
    <message>
        <source>the replacement is of article %1, not %2</source>
        <translation>这次替换针对的是文章 %1,而不是文章 %2</translation>
    </message>
    <message>
        <source>the text of article %1 has changed since; it is left as it is</source>
        <translation>文章 %1 的正文此后已被修改;保持现状不变</translation>
    </message>
    <message>
        <source>the previous text of article %1 is no longer kept</source>
        <translation>文章 %1 的原正文已不再保存</translation>
    </message>
    <message>
        <source>the previous text of article %1 does not match its digest</source>
        <translation>文章 %1 的原正文与其校验值不符</translation>
    </message>
    <message>
        <source>the citations of article %1 have changed since; its text is left as it is</source>
        <translation>文章 %1 的引用此后已有改动;其正文保持现状不变</translation>
    </message>
    <message>
        <source>citation %1 has changed since; the text of article %2 is left as it is</source>
        <translation>引用 %1 此后已有改动;文章 %2 的正文保持现状不变</translation>
    </message>
    <message>
        <source>citation %1 is not waiting for review</source>
        <translation>引用 %1 并未等待复核</translation>
    </message>
    <message>
        <source>the words offered for citation %1 are no longer in article %2</source>
        <translation>为引用 %1 提供的文字已不在文章 %2 中</translation>
    </message>
    <message>
        <source>the words offered for citation %1 are empty</source>
        <translation>为引用 %1 提供的文字为空</translation>
    </message>
    <message>
        <source>these words already back the fact citation %1 backs</source>
        <translation>这些文字已是引用 %1 所支持的事实的依据</translation>
    </message>
    <message>
        <source>citation %1 has changed since; it is left as it is</source>
        <translation>引用 %1 此后已有改动;保持现状不变</translation>
    </message>
    <message>
        <source>%1 was changed in another window since; it is kept</source>
        <translation>%1此后已在另一个窗口中被修改;予以保留</translation>
    </message>
    <message>
        <source>another person has taken the id of %1 since; it stays removed</source>
        <translation>此后另一个人物已占用%1的编号;其仍保持删除</translation>
    </message>
    <message>
        <source>%1 already has these names; %2 stays removed</source>
        <translation>%1已使用相同的英文名和中文名;%2仍保持删除</translation>
    </message>
    <message>
        <source>a role, move or citation of %1 has had its id %2 taken since; it stays removed</source>
        <translation>%1的某个职位、变动或引用的编号 %2 此后已被占用;其仍保持删除</translation>
    </message>
</context>
<context>
    <name>talentflow::EditHistory</name>
    <message>
        <source>Add article “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Add article “Zoph returns to OpenAI”&quot;</extracomment>
        <translation>添加文章“%1”</translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Edit details of “Zoph returns to OpenAI”&quot;</extracomment>
        <translation>编辑“%1”的信息</translation>
    </message>
    <message>
        <source>This text is already stored as another article.</source>
        <translation>这段正文已作为另一篇文章存储。</translation>
    </message>
    <message>
        <source>Cite evidence for “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Cite evidence for “Barret Zoph: fired, Thinking Machines Lab”&quot;</extracomment>
        <translation>为“%1”引用证据</translation>
    </message>
    <message>
        <source>Add move “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Add move “Barret Zoph: joined, OpenAI”&quot;</extracomment>
        <translation>新增变动“%1”</translation>
    </message>
    <message>
        <source>Add role “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Add role “Barret Zoph: CTO, Thinking Machines Lab”&quot;</extracomment>
        <translation>新增职位“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Edit “Barret Zoph: fired, Thinking Machines Lab”&quot;</extracomment>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Remove citation of “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Remove citation of “Barret Zoph: fired, Thinking Machines Lab”&quot;</extracomment>
        <translation>移除“%1”的引用</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Remove “Barret Zoph: fired, Thinking Machines Lab”&quot;</extracomment>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Replace the text of “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Replace the text of “Zoph returns to OpenAI”&quot;</extracomment>
        <translation>替换“%1”的正文</translation>
    </message>
    <message>
        <source>Accept the new words of a citation of “%1”</source>
        <translation>接受“%1”一处引用的新文字</translation>
    </message>
    <message>
        <source>Keep a citation of “%1” as an orphan</source>
        <translation>将“%1”的一处引用保留为孤立引用</translation>
    </message>
    <message>
        <source>Correct the names of “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Correct the names of “Barret Zoph”&quot;</extracomment>
        <translation>更正“%1”的姓名</translation>
    </message>
    <message>
        <source>Correct the names of the company “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Correct the names of the company “OpenAI”&quot;</extracomment>
        <translation>更正公司“%1”的名称</translation>
    </message>
    <message>
        <source>Merge people: %1</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Merge “B. Zoph” into “Barret Zoph”&quot;</extracomment>
        <translation>合并人物:%1</translation>
    </message>
    <message>
        <source>Remove the person “%1”</source>
        <extracomment>Undo/Redo&apos;s step, e.g. &quot;Remove the person “Barret Zoph”&quot;</extracomment>
        <translation>删除人物“%1”</translation>
    </message>
</context>
<context>
    <name>talentflow::EditHistoryView</name>
    <message>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>编辑历史(&amp;H)</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;尚无编辑&gt;</translation>
    </message>
</context>
<context>
    <name>talentflow::ExportFrame</name>
    <message>
        <source>Sources:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>制图:%1</translation>
    </message>
    <message>
        <source>Made with Talentflow</source>
        <translation>由人才流向制作</translation>
    </message>
</context>
<context>
    <name>talentflow::ExportPresets</name>
    <message>
        <source>Article: 600 px wide at 2×</source>
        <translation>文章:宽 600 像素,2 倍</translation>
    </message>
    <message>
        <source>Slide: 1920 × 1080</source>
        <translation>幻灯片:1920 × 1080</translation>
    </message>
    <message>
        <source>Social: 1200 × 675</source>
        <translation>社交媒体:1200 × 675</translation>
    </message>
    <message>
        <source>Print: A4 page, vector PDF</source>
        <translation>印刷:A4 页面,矢量 PDF</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
</context>
<context>
    <name>talentflow::ExportedChart</name>
    <message>
        <source>No article cited</source>
        <translation>未引用文章</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::FactDialog</name>
    <message>
        <source>Edit Move</source>
        <translation>编辑变动</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>编辑职位</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>去向(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>英文职位名称(&amp;E):</translation>
    </message>
    <message>
        <source>Title in C&amp;hinese:</source>
        <translation>中文职位名称(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E):</translation>
    </message>
    <message>
        <source>Name the company.</source>
        <translation>请填写公司。</translation>
    </message>
    <message>
        <source>No company named “%1” is stored.</source>
        <translation>数据库中没有名为“%1”的公司。</translation>
    </message>
    <message>
        <source>“%1” names %2 records; type the full name.</source>
        <translation>“%1”对应 %2 条记录,请输入全名。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“%1”不是日期;请写成 YYYY、YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give the role&apos;s title.</source>
        <translation>请填写职位名称。</translation>
    </message>
    <message>
        <source>The role ends before it starts.</source>
        <translation>职位的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>talentflow::FilterBar</name>
    <message>
        <source>All companies</source>
        <translation>全部公司</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>Finds people by any part of a name or alias in either script, or by words cited about them</source>
        <translation>按中英文姓名或别名的任意部分,或按引文中的词语查找人物</translation>
    </message>
    <message>
        <source>Search names, titles or excerpts in Chinese or English (Ctrl+F)</source>
        <translation>搜索姓名、职务或摘录,中英文皆可(Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>回流(&amp;R)</translation>
    </message>
    <message>
        <source>Only people who went back to a company they had left (the detail pane&apos;s ↩ badge)</source>
        <translation>只显示回到曾离开的公司的人物(详情栏中的 ↩ 标记)</translation>
    </message>
</context>
<context>
    <name>talentflow::FlowDiagram</name>
    <message>
        <source>Destination not stated</source>
        <translation>去向未说明</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>其他公司</translation>
    </message>
    <message>
        <source>date not stated, step %1</source>
        <translation>未注明日期,第 %1 步</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 年以前</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 年起</translation>
    </message>
    <message>
        <source>Talent flow</source>
        <translation>人才流向</translation>
    </message>
    <message>
        <source>Talent flow: %1</source>
        <translation>人才流向:%1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moving</source>
        <translation>
            <numerusform>%n 人流动</numerusform>
        </translation>
    </message>
    <message>
        <source>Each ribbon: people who left the company at its left end in that period and arrived at the one at its right end; its width is the number of people</source>
        <translation>每条流带:在该时段离开左端公司、到达右端公司的人;宽度表示人数</translation>
    </message>
    <message>
        <source>Moves no article dates follow each person&apos;s own path in the hatched columns</source>
        <translation>文章未注明日期的去向按各人自身的经历顺序排在阴影列中</translation>
    </message>
    <message numerus="yes">
        <source>The %1 busiest companies are drawn; %n other(s) are merged into “Other companies”</source>
        <translation>
            <numerusform>只画出流动最多的 %1 家公司;其余 %n 家合并为“其他公司”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n article(s)</source>
        <translation>
            <numerusform>来源:%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>No one under this filter is stated to have moved from one company to another</source>
        <translation>在此筛选下,没有文章说明有人从一家公司去了另一家</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1,%2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>回归:%1</translation>
    </message>
    <message>
        <source>Click to list them with the articles&apos; words</source>
        <translation>点击可列出这些人及文章原文</translation>
    </message>
    <message>
        <source>↩ and a dashed red edge: a return to a company the person had left before</source>
        <translation>↩ 与红色虚线边:回到此前离开过的公司</translation>
    </message>
    <message>
        <source>Drawing the ribbons…</source>
        <translation>正在绘制流带…</translation>
    </message>
</context>
<context>
    <name>talentflow::FlowExport</name>
    <message numerus="yes">
        <source>%n ribbon(s)</source>
        <translation>
            <numerusform>%n 条流带</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to a company they had left: %1</source>
        <translation>回到曾离开的公司:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::GuiSession</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>talentflow::InPlaceEditing</name>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>What an in-place edit is about, for Undo/Redo: person, title and company as the table shows them</extracomment>
        <translation>%1:%2,%3</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>The edit was not made</source>
        <translation>未能完成编辑</translation>
    </message>
    <message>
        <source>The role would end (%1) before it starts (%2).</source>
        <translation>该职位的结束日期(%1)将早于开始日期(%2)。</translation>
    </message>
    <message>
        <source>Kept the value saved elsewhere.</source>
        <translation>已保留别处保存的值。</translation>
    </message>
</context>
<context>
    <name>talentflow::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Person…</source>
        <translation>查找人物(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Copy First Citation</source>
        <translation>复制第一条引文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Talentflow</source>
        <translation>关于人才流向(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>talentflow::MainWindow</name>
    <message>
        <source>Cannot draw the chart</source>
        <translation>无法绘制图表</translation>
    </message>
    <message>
        <source>Talentflow — %1</source>
        <translation>人才流向 — %1</translation>
    </message>
    <message>
        <source>Talentflow</source>
        <translation>人才流向</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司:%1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>搜索:“%1”</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>No installed font can show Chinese; install fonts-noto-cjk.</source>
        <translation>系统中没有可显示中文的字体;请安装 fonts-noto-cjk。</translation>
    </message>
    <message>
        <source>Talentflow — %1 (read-only)</source>
        <translation>人才流向 — %1(只读)</translation>
    </message>
    <message>
        <source>Read-only: import is disabled</source>
        <translation>只读:已禁用导入</translation>
    </message>
    <message>
        <source>You cannot write to this file or its folder, so Talentflow opened it read-only.</source>
        <translation>您无法写入此文件或其所在文件夹,因此人才流向以只读方式打开。</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回流</translation>
    </message>
    <message>
        <source>Team database: read-only</source>
        <translation>团队数据库：只读</translation>
    </message>
    <message>
        <source>Your login may only read this team database (talentflow_viewer).</source>
        <translation>你的登录名只能读取此团队数据库（talentflow_viewer）。</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>已重新连接到团队数据库。</translation>
    </message>
    <message>
        <source>The team database does not answer. What you see is as it was last read; edits are refused until it is back. Connecting again every few seconds…</source>
        <translation>团队数据库没有响应。您看到的是上次读取时的内容;连接恢复前不接受编辑。每隔几秒重新连接一次…</translation>
    </message>
</context>
<context>
    <name>talentflow::MergePeopleDialog</name>
    <message>
        <source>Merge People</source>
        <translation>合并人物</translation>
    </message>
    <message>
        <source>Is %1 stored twice, under two names? Merge the two records: every role, move and citation of the merged record goes to the one kept, and its names become aliases. Edit ▸ Undo takes the merge back.</source>
        <translation>%1是否以两个名字存储了两次?合并这两条记录:被合并记录的所有职务、变动和引用都归入保留的记录,其姓名成为别名。“编辑 ▸ 撤销”可撤回合并。</translation>
    </message>
    <message>
        <source>Any of the other record&apos;s names or aliases</source>
        <translation>另一条记录的任一姓名或别名</translation>
    </message>
    <message>
        <source>&amp;Same person as:</source>
        <translation>同一人物(&amp;S):</translation>
    </message>
    <message>
        <source>Keep the names of:</source>
        <translation>保留以下人物的姓名:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Name the other record of this person.</source>
        <translation>请写出此人的另一条记录。</translation>
    </message>
    <message>
        <source>No person named “%1” is stored.</source>
        <translation>没有存储名为“%1”的人物。</translation>
    </message>
    <message>
        <source>“%1” names %2 people; type the full name.</source>
        <translation>“%1”对应%2个人;请输入全名。</translation>
    </message>
    <message>
        <source>“%1” is this person; name the other record.</source>
        <translation>“%1”就是此人;请写出另一条记录。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>找到:%1</translation>
    </message>
    <message>
        <source>the other record</source>
        <translation>另一条记录</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <extracomment>A merge in the undo history: &quot;Barret Zoph into 巴雷特·佐夫&quot;</extracomment>
        <translation>%1 并入 %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (%3)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;(%3)</translation>
    </message>
    <message>
        <source>Possibly the same person: %1</source>
        <translation>可能是同一人物:%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>;</translation>
    </message>
</context>
<context>
    <name>talentflow::PartialDateValidator</name>
    <message>
        <source>“%1” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty where the articles do not say.</source>
        <translation>“%1”不是日期。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD;文章未提及时留空。</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation>“%1”不是日期:不存在公元 0 年。</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1”不是日期:没有 %2 月。</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 has no day %3.</source>
        <translation>“%1”不是日期:%2没有 %3 日。</translation>
    </message>
</context>
<context>
    <name>talentflow::PersonNamesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Another way an article writes the name</source>
        <translation>文章中对此姓名的另一种写法</translation>
    </message>
    <message>
        <source>Search finds a person by any of these names. An alias is how an article writes the name, in either script.</source>
        <translation>搜索可通过以下任一姓名找到此人。别名是文章中对姓名的写法,中英文皆可。</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名(&amp;E):</translation>
    </message>
    <message>
        <source>Name in C&amp;hinese:</source>
        <translation>中文名(&amp;H):</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>别名(&amp;L):</translation>
    </message>
    <message>
        <source>Give the person an English or a Chinese name.</source>
        <translation>请为此人填写英文名或中文名。</translation>
    </message>
    <message>
        <source>Add “%1” to the aliases or clear the field.</source>
        <translation>请将“%1”添加到别名,或清空此栏。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <source>Edit Names: %1</source>
        <translation>编辑姓名:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::ReplaceTextDialog</name>
    <message>
        <source>Replace Article Text</source>
        <translation>替换文章文本</translation>
    </message>
    <message>
        <source>The article&apos;s new text is stored. This is what became of the words its citations quote:</source>
        <translation>文章的新文本已保存。其引用所摘文字的去向如下:</translation>
    </message>
    <message>
        <source>Found unchanged:</source>
        <translation>原位找到:</translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation>位置已变:</translation>
    </message>
    <message>
        <source>Needs review:</source>
        <translation>需要核对:</translation>
    </message>
    <message>
        <source>Orphaned:</source>
        <translation>已失去出处:</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1:%2,%3</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1:%2,%3</translation>
    </message>
    <message>
        <source>A side of a dispute</source>
        <translation>分歧的一方</translation>
    </message>
    <message>
        <source>The citations cannot be read: %1</source>
        <translation>无法读取引用:%1</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要核对</translation>
    </message>
    <message>
        <source>The new text has only words close to these. Accept them as the citation&apos;s words, or keep the citation as an orphan.</source>
        <translation>新文本中只有与此相近的文字。可将其接受为引用的文字,或将该引用保留为失去出处的引用。</translation>
    </message>
    <message>
        <source>Cited words, in the previous text:</source>
        <translation>引用的文字(原文本中):</translation>
    </message>
    <message>
        <source>Close match, in the new text:</source>
        <translation>相近的文字(新文本中):</translation>
    </message>
    <message>
        <source>&amp;Accept the New Words</source>
        <translation>接受新文字(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep as Orphan</source>
        <translation>保留为失去出处(&amp;K)</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>失去出处的引用</translation>
    </message>
    <message>
        <source>The new text does not have these words. Each citation keeps them, with the previous text they are in, until it is removed.</source>
        <translation>新文本中没有这些文字。每条引用都会连同其所在的原文本一起保留这些文字,直到被删除。</translation>
    </message>
    <message>
        <source>No citation needs attention: the new text has the words of every one.</source>
        <translation>没有需要处理的引用:新文本包含每条引用的文字。</translation>
    </message>
    <message>
        <source>Cannot Accept the New Words</source>
        <translation>无法接受新文字</translation>
    </message>
    <message>
        <source>Cannot Keep the Citation as an Orphan</source>
        <translation>无法将引用保留为失去出处</translation>
    </message>
    <message>
        <source>Review Citations</source>
        <translation>复核引用</translation>
    </message>
    <message>
        <source>The citations of this article whose words its text no longer holds:</source>
        <translation>本文章正文中已找不到原文字的引用：</translation>
    </message>
</context>
<context>
    <name>talentflow::RolesTableModel</name>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>The articles do not say whether this role continues</source>
        <translation>文章未说明此职务是否仍在继续</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Articles disagree about this title; see the detail pane.</source>
        <translation>各文章对此职务说法不一;详见右侧详情。</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1(有争议)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click, F2 or typing edits the title in Chinese.</source>
        <translation>双击、按 F2 或直接输入即可编辑中文职务。</translation>
    </message>
    <message>
        <source>Double-click, F2 or typing edits the title in English.</source>
        <translation>双击、按 F2 或直接输入即可编辑英文职务。</translation>
    </message>
    <message>
        <source>Double-click, F2 or typing edits the date: YYYY, YYYY-MM or YYYY-MM-DD, or empty where the articles do not say.</source>
        <translation>双击、按 F2 或直接输入即可编辑日期:YYYY、YYYY-MM 或 YYYY-MM-DD;文章未提及时留空。</translation>
    </message>
    <message>
        <source>Articles disagree about this role. Edit it from the detail pane, where the claims are shown side by side.</source>
        <translation>各文章对此职位说法不一。请在右侧详情中编辑,那里会并列显示各方说法。</translation>
    </message>
    <message>
        <source>An article states another date here. Edit it from the detail pane, where both dates are shown.</source>
        <translation>有文章给出了不同的日期。请在右侧详情中编辑,那里会同时显示两个日期。</translation>
    </message>
    <message>
        <source>This cell cannot be edited now.</source>
        <translation>此单元格现在无法编辑。</translation>
    </message>
</context>
<context>
    <name>talentflow::RolesTableView</name>
    <message>
        <source>No matches for “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
</context>
<context>
    <name>talentflow::SearchExplanation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>匹配:%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>;</translation>
    </message>
    <message>
        <source>Why the search shows these people, best match first</source>
        <translation>搜索为何列出这些人,最佳匹配在前</translation>
    </message>
</context>
<context>
    <name>talentflow::StatusCounter</name>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n 条去向</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 shown</source>
        <extracomment>%1: &quot;3 people&quot;, %2: &quot;12 movements&quot;</extracomment>
        <translation>显示 %1 · %2</translation>
    </message>
    <message>
        <source>Cannot count what is shown: %1</source>
        <translation>无法统计显示的内容:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::TeamConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>db.newsroom.example or /run/postgresql</source>
        <translation>db.newsroom.example 或 /run/postgresql</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器提供时使用 TLS</translation>
    </message>
    <message>
        <source>Never (a server on this machine)</source>
        <translation>从不(本机上的服务器)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Always, with a certificate this machine trusts</source>
        <translation>始终,且证书须为本机信任</translation>
    </message>
    <message>
        <source>Always, with a certificate for this server name</source>
        <translation>始终,且证书须与服务器名称相符</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <source>Talentflow never asks for or stores the password: put it in your PostgreSQL password file (~/.pgpass), as your database administrator explains.</source>
        <translation>Talentflow 从不询问或保存密码:请按数据库管理员的说明,把密码写入 PostgreSQL 密码文件(~/.pgpass)。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Name the server.</source>
        <translation>请填写服务器。</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>请填写数据库。</translation>
    </message>
    <message>
        <source>Name your login.</source>
        <translation>请填写登录名。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::TeamDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>无法连接团队数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the team database %1: %2</source>
        <translation>无法读取团队数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no Talentflow data yet. Its administrator sets it up with talentflow --init-team-database %1</source>
        <translation>%1 中还没有 Talentflow 数据。请其管理员用 talentflow --init-team-database %1 完成设置</translation>
    </message>
    <message>
        <source>The login %1 may not read the team database %2. Its administrator grants it %3 or %4.</source>
        <translation>登录名 %1 无权读取团队数据库 %2。请管理员授予它 %3 或 %4。</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer Talentflow (schema %2; this one knows %3).</source>
        <translation>团队数据库 %1 由更新版本的 Talentflow 设置（架构 %2；本版本只认识 %3）。</translation>
    </message>
    <message>
        <source>The team database %1 has the older schema %2; this Talentflow needs %3.</source>
        <translation>团队数据库 %1 的架构 %2 较旧；本版本 Talentflow 需要 %3。</translation>
    </message>
    <message>
        <source>The team database %1 is already set up (schema %2); nothing was changed.</source>
        <translation>团队数据库 %1 已经设置过（架构 %2），未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot set up the team database %1; nothing was changed: %2</source>
        <translation>无法设置团队数据库 %1，未作任何更改：%2</translation>
    </message>
</context>
<context>
    <name>talentflow::TeamDatabaseAddress</name>
    <message>
        <source>A team database&apos;s address starts with postgresql://</source>
        <translation>团队数据库的地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>The address %1 is not valid: %2</source>
        <translation>地址 %1 无效：%2</translation>
    </message>
    <message>
        <source>The address holds a password. Put it in PostgreSQL&apos;s password file (~/.pgpass) instead: an address is kept in the settings and shown in the window&apos;s title.</source>
        <translation>地址中含有密码。请改把密码写进 PostgreSQL 的密码文件（~/.pgpass）：地址会保存在设置里，并显示在窗口标题中。</translation>
    </message>
    <message>
        <source>The address %1 has no valid port.</source>
        <translation>地址 %1 的端口无效。</translation>
    </message>
    <message>
        <source>The address %1 names no user: postgresql://USER@HOST/DATABASE</source>
        <translation>地址 %1 没有指定用户：postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>The address %1 names no database: postgresql://USER@HOST/DATABASE</source>
        <translation>地址 %1 没有指定数据库：postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 不是 %2 之一。</translation>
    </message>
    <message>
        <source>The address %1 names its host twice.</source>
        <translation>地址 %1 两次指定了主机。</translation>
    </message>
    <message>
        <source>The address %1 has an option Talentflow does not know: %2</source>
        <translation>地址 %1 含有 Talentflow 不认识的选项：%2</translation>
    </message>
    <message>
        <source>The address %1 names no host: postgresql://USER@HOST/DATABASE</source>
        <translation>地址 %1 没有指定主机：postgresql://用户@主机/数据库</translation>
    </message>
</context>
<context>
    <name>talentflow::TimelineChart</name>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Founders still there</source>
        <translation>仍在任的创始成员</translation>
    </message>
    <message>
        <source>… counting those on leave</source>
        <translation>…含休假者</translation>
    </message>
    <message>
        <source>Showing the %1 busiest of %2 lanes; filter or search to see others</source>
        <translation>显示 %2 行中最活跃的 %1 行;筛选或搜索可查看其余</translation>
    </message>
    <message>
        <source>Bars: time at the company; dashed: on leave; thin lines: the span of an imprecise date</source>
        <translation>粗条:在公司的时间;虚线:休假;细线:不精确日期的时间范围</translation>
    </message>
    <message>
        <source>Bars: roles from their stated start; dotted where no end is stated; thin lines: the span of an imprecise date</source>
        <translation>粗条:自注明的开始日期起的职务;点线:未注明结束;细线:不精确日期的时间范围</translation>
    </message>
    <message>
        <source>Founding team: who is still there</source>
        <translation>创始团队:谁还在</translation>
    </message>
    <message>
        <source>Departures timeline</source>
        <translation>离职时间线</translation>
    </message>
    <message>
        <source>Articles disagree</source>
        <translation>各文章说法不一</translation>
    </message>
    <message>
        <source>Destinations are named in the tooltips</source>
        <translation>去向公司见悬停提示</translation>
    </message>
    <message>
        <source>Departures: %1</source>
        <translation>离职:%1</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>Nothing to draw for this selection</source>
        <translation>当前选择没有可绘制的内容</translation>
    </message>
    <message>
        <source>No article dates these moves: see the band at the right</source>
        <translation>文章未注明这些去向的日期:见右侧阴影带</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date not stated</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>Date not stated (hollow, in the hatched band)</source>
        <translation>未注明日期(空心,位于阴影带中)</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n still there</source>
        <translation>
            <numerusform>目前:%n 人仍在任</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on leave</source>
        <translation>
            <numerusform>%n 人休假</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n article(s)</source>
        <translation>
            <numerusform>来源:%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s): one marker per lane, kind and month</source>
        <translation>
            <numerusform>%n 条去向:每行每类每月一个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) without a stated date, in the hatched band at the right</source>
        <translation>
            <numerusform>%n 条去向未注明日期,见右侧阴影带</numerusform>
        </translation>
    </message>
    <message>
        <source>Each year label marks 1 January of that year</source>
        <translation>每个年份标签位于该年 1 月 1 日</translation>
    </message>
    <message>
        <source>Each label marks the first day of its month</source>
        <translation>每个标签位于该月第一天</translation>
    </message>
    <message>
        <source>Back at %1, a company they had left</source>
        <translation>回到曾离开的%1</translation>
    </message>
    <message>
        <source>↩ Return to a company left before</source>
        <translation>↩ 回到曾离开的公司</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::TimelineExport</name>
    <message numerus="yes">
        <source>%n founder(s): now %1 still there, %2 on leave, %3 gone</source>
        <translation>
            <numerusform>%n 位创始人:现 %1 位在职,%2 位休假,%3 位已离开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n 次变动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a stated date</source>
        <translation>
            <numerusform>%n 项未注明日期</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned to a company they had left: %1</source>
        <translation>回到曾离开的公司:%1</translation>
    </message>
</context>
<context>
    <name>talentflow::TimelineRepository</name>
    <message>
        <source>no company named %1</source>
        <translation>没有名为 %1 的公司</translation>
    </message>
</context>
<context>
    <name>talentflow::TitleCellDelegate</name>
    <message>
        <source>The title in Chinese; the English one is edited with the interface in English.</source>
        <translation>中文职务;英文职务请在英文界面中编辑。</translation>
    </message>
    <message>
        <source>The title in English; the Chinese one is edited with the interface in Chinese.</source>
        <translation>英文职务;中文职务请在中文界面中编辑。</translation>
    </message>
</context>
<context>
    <name>talentflow::TitleValidator</name>
    <message>
        <source>A role needs a title, and this one has none in English either.</source>
        <translation>职位必须有职务名称,而此职位也没有英文职务。</translation>
    </message>
    <message>
        <source>A role needs a title, and this one has none in Chinese either.</source>
        <translation>职位必须有职务名称,而此职位也没有中文职务。</translation>
    </message>
    <message>
        <source>A title has at most %1 characters; this one has %2.</source>
        <translation>职务名称最多 %1 个字符,此处有 %2 个。</translation>
    </message>
</context>
<context>
    <name>talentflow::Workbench</name>
    <message>
        <source>The edit was not made</source>
        <translation>未能完成编辑</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Cannot add the article</source>
        <translation>无法添加文章</translation>
    </message>
    <message>
        <source>This text is already stored; its article is unchanged.</source>
        <translation>这段正文已存储;其文章未作改动。</translation>
    </message>
    <message>
        <source>Added the article “%1”.</source>
        <translation>已添加文章“%1”。</translation>
    </message>
    <message>
        <source>Add &amp;Article…</source>
        <translation>添加文章(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cited, and the fact now has the date these words state.</source>
        <translation>已引用,该事实现采用这段文字所述的日期。</translation>
    </message>
    <message>
        <source>Cited; the date these words state differs, and both dates are kept.</source>
        <translation>已引用;这段文字所述日期不同,两个日期均保留。</translation>
    </message>
    <message>
        <source>Cited as evidence.</source>
        <translation>已引用为证据。</translation>
    </message>
    <message>
        <source>Recorded “%1”.</source>
        <translation>已记录“%1”。</translation>
    </message>
    <message>
        <source>Remove Fact</source>
        <translation>删除事实</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n citation(s)? Edit ▸ Undo puts them back.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 条引用?“编辑 ▸ 撤销”可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the only citation of “%1”, and every fact keeps one. Remove the fact with it?</source>
        <translation>这是“%1”唯一的引用,而每条事实都至少保留一条引用。是否连同该事实一起删除?</translation>
    </message>
    <message>
        <source>“%1” is now an alias of %2.</source>
        <translation>“%1”现在是%2的别名。</translation>
    </message>
    <message>
        <source>Merged %1.</source>
        <translation>已合并:%1。</translation>
    </message>
    <message>
        <source>Remove %1 with %2, %3 and %4? Edit ▸ Undo puts them back.</source>
        <extracomment>%1 is the person; the counts are &quot;3 roles&quot;, &quot;2 moves&quot;, &quot;7 citations&quot;</extracomment>
        <translation>删除%1及其%2、%3和%4?“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 项职务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n 条去向</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n 条引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>删除人物</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除%1。</translation>
    </message>
    <message>
        <source>Nothing was undone or redone</source>
        <translation>未撤销或重做任何操作</translation>
    </message>
    <message>
        <source>Kept the edit saved in the other window.</source>
        <translation>已保留另一个窗口保存的修改。</translation>
    </message>
</context>
</TS>
