#!/usr/bin/env python3
"""Builds the HTML page corpus of NoticeHTMLTests from the seed notices in corpus/ (offline, stdlib only).

Each page wraps one seed notice in a common portal layout (tender portal, TRS, Hanweb, DedeCMS, legacy tables)
with the chrome those portals serve: nav, breadcrumbs, metadata tables, toolbars, QR boxes, related lists, message
boards, pagers, footers with ICP numbers, analytics scripts. It writes, per page:
  <name>.html                the page bytes (in the page's declared encoding)
  <name>.expected.txt        the expected main text (the seed's notice lines, whitespace collapsed)
  <name>.expected.json       the expected page metadata
Metadata values that the seed text does not carry (索引号 of the Jiangxi and Chongqing notices, attachment names,
PubDate) are invented for the fixture and marked as such in the layout code below.
Run: python3 Tests/NoticeHTMLTests/Pages/make_pages.py   (from the repository root)
"""
import html, json, os, re

ROOT = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(ROOT, '..', '..', '..'))


def seed(prefix):
    for n in sorted(os.listdir(os.path.join(REPO, 'corpus'))):
        if n.startswith(prefix):
            return open(os.path.join(REPO, 'corpus', n), encoding='utf-8').read().split('\n')
    raise SystemExit('no seed ' + prefix)


def clean(line):
    line = line.strip().strip('?').strip()
    return re.sub(r'[ \u00a0]+', ' ', line)


def esc(line, nbsp=True):
    """HTML for a line; runs of spaces become &nbsp; runs (as portals typeset signatures)."""
    e = html.escape(line, quote=False)
    return re.sub(r' {2,}', lambda m: '&nbsp;' * len(m.group(0)), e) if nbsp else e


def write(name, page, encoding, expected_lines, meta):
    with open(os.path.join(ROOT, name + '.html'), 'wb') as f:
        f.write(page.encode(encoding))
    with open(os.path.join(ROOT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(expected_lines) + '\n')
    base = {k: None for k in ['title', 'docNumber', 'indexNumber', 'validity', 'signedDate', 'publishedDate',
                              'subject', 'genre', 'siteName', 'column']}
    base.update({'issuers': [], 'attachments': []})
    base.update(meta)
    with open(os.path.join(ROOT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(base, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write('\n')


FOOTER_ICP = ('<div class="footer"><p>主办单位：{site}&nbsp; 地址：{addr}</p>'
              '<p>网站标识码：3600000031 <a href="https://beian.miit.gov.cn/">赣ICP备05004011号</a> '
              '<a href="http://www.beian.gov.cn/">赣公网安备36010802000123号</a></p></div>')
ANALYTICS = ('<script type="text/javascript">var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
             'hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef";var s = document.getElementsByTagName("script")[0];'
             's.parentNode.insertBefore(hm, s);})();</script>\n'
             '<script>document.write(unescape("%3Cspan id=\'cnzz_stat_icon\'%3E%3C/span%3E"));'
             'document.write("<p>统计代码 站长统计</p>");</script>')


# 1. Tender-portal article page (seed 000), UTF-8, message board and pager under the article.
def tender():
    s = seed('000')
    start = next(i for i, l in enumerate(s) if l.startswith('为持续巩固'))
    end = next(i for i, l in enumerate(s) if l.startswith('相关链接'))
    body = [clean(l) for l in s[start:end] if clean(l)]
    title = '《关于进一步加强医药集中带量采购中选产品落地执行工作的通知》政策解读'
    questions = [clean(l.lstrip(' •')) for l in s if l.strip().startswith('•')]
    dates = [clean(l) for l in s if re.match(r'^\s*20\d\d/\d+/\d+ \d', l)]
    msgs = '\n'.join(f'<li><span class="q">• {esc(q)}</span><div class="a"><a href="/login.aspx">登录查看</a></div>'
                     f'<span class="t">{d}</span></li>' for q, d in zip(questions, dates))
    paras = '\n'.join(f'<p style="text-indent:2em;">{esc(l)}</p>' for l in body)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-泰茂医疗器械招标网</title>
<meta name="keywords" content="集采,带量采购,江西">
<link rel="stylesheet" href="/css/style.css"><style>.detail-content p{{line-height:2em;font-family:"宋体"}}</style>
{ANALYTICS}
</head><body>
<div class="topbar"><div class="w1200"><span>您好:北京泰茂科技股份有限公司</span> <a href="/member/">会员中心</a> | <a href="/logout.aspx">退出</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="泰茂医疗器械招标网">欢迎来到泰茂医疗器械招标网</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zb/">招标信息</a></li><li><a href="/bx/">标讯信息</a></li><li><a href="/zc/">政策法规</a></li><li><a href="/cp/">产品库</a></li><li><a href="/hy/">会员服务</a></li></ul></div>
<div class="location">当前位置: <a href="/bx/">标讯信息</a>&gt; <a href="/bx/jz/">集中标讯动态</a>&gt; 动态详情</div>
<div class="main"><div class="detail">
<h1 class="detail-title">{title}</h1>
<div class="detail-info">发布时间:2024/06/18 &nbsp; </div>
<div class="detail-info2">所属项目:<a href="/xm/1234.html">2019年关于开展江西省第三批医</a> 项目编号:LM-HD2024-01/02/03/04 信息来源:<a href="/login.aspx">查看</a></div>
<div class="detail-label">正文:</div>
<div class="detail-content">
{paras}
</div>
<div class="detail-links">相关链接:<a href="/bx/jz/20240613/98765.html">(文件有效)江西省医疗保障局 江西省卫生健康委员会 江西省财政厅 江西省药品监督管理局关于进一步加强医药集中带量采购中选产品落地执行工作的通知</a></div>
</div>
<div class="related"><h3>相关动态</h3><ul>
<li><a href="/bx/1.html">江西省医疗保障局关于公示第二批次医用耗材挂网价格联动结果的通知</a><span>2024-06-17</span></li>
<li><a href="/bx/2.html">关于开展鹰潭联盟医用耗材集中带量采购的公告</a><span>2024-06-15</span></li>
<li><a href="/bx/3.html">江西省医用耗材集中带量采购中选结果执行情况通报（2024年第一季度）</a><span>2024-06-12</span></li>
</ul></div>
<div class="comment-box"><h3>留言板</h3>
<form class="comment-form" action="/msg.aspx" method="post"><span>游客</span> <textarea name="c"></textarea> <span>验证码</span> <input name="code"> <button>提交</button></form>
<ul class="comment-list">
{msgs}
</ul>
<div class="pager"><a href="?p=1">...</a> <a href="?p=7">7</a> <a href="?p=8">8</a> <a href="?p=9">9</a> <a href="?p=10">10</a> <a href="?p=11">11</a> <a href="?p=12">12</a> <a href="?p=86">86</a> 共 1709 条</div>
</div></div>
<div class="footer"><p>电信与信息服务业务经营许可证编号:京ICP证140722号 药品医疗器械网络信息服务备案(京)网药械信息备字(2023)第00464号网络备案:<a href="https://beian.miit.gov.cn/">京ICP备12039121号-1</a></p>
<p>地址:北京市海淀区学清路9号汇智大厦B座7层 www.ylqxzb.com ©2017-2025 泰茂股份版权所有</p></div>
<script>(function(){{var bp=document.createElement('script');bp.src='https://zz.bdstatic.com/linksubmit/push.js';}})();</script>
</body></html>
'''
    write('tender-portal-000', page, 'utf-8', body,
          {'title': title, 'publishedDate': '2024-06-18', 'encoding': 'UTF-8'})


# 2. TRS_Editor page (seed 001), UTF-8, Word markup, 政府信息公开 table, attachments beside the body.
def trs():
    s = [l for l in seed('001')]
    title = clean(s[0]) + clean(s[2])
    body = [clean(l) for l in s[3:] if clean(l)]
    expected = [title] + body
    def word_p(l):
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;'
                f'font-family:仿宋_GB2312">{esc(l)}<span lang="EN-US"><o:p></o:p></span></span></p>')
    parts = ['<p align="center" style="text-align:center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">'
             f'{esc(clean(s[0]))}<br>\n{esc(clean(s[2]))}</span></b></p>',
             '<p>&nbsp;</p>',
             f'<P ALIGN=center>{esc(body[0])}</P>']
    for l in body[1:]:
        if l.startswith(('江西省医疗保障局', '江西省财政厅', '2024年6月7日', '（此件主动公开）')):
            parts.append(f'<p style="text-align:right">{esc(l)}</p>')
        elif re.match(r'^[一二三四五六七八九十]+、', l):
            parts.append('<p>&nbsp;</p>')
            parts.append(f'<p class="MsoNormal" style="text-indent:32pt"><b><span style="font-family:黑体">{esc(l)}</span></b><o:p></o:p></p>')
        else:
            parts.append(word_p(l))
    content = '\n'.join(parts)
    site = '江西省医疗保障局'
    fj1 = '江西省集采中选产品落地执行工作责任分工表.docx'  # invented attachment names
    fj2 = '集采中选产品供应保障监测指标说明.pdf'
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{html.escape(title)}_通知公告_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="2024-06-13 16:30">
<meta name="ContentSource" content="江西省医疗保障局">
<meta name="Keywords" content="集采,落地执行">
<link href="/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="top"><a href="/">首页</a> | <a href="/jgzn/">机构职能</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="江西省医疗保障局"></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/zcfg/">政策法规</a></li><li><a href="/zcjd/">政策解读</a></li></ul></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="xxgk-box"><table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="lab">索引号：</td><td>014500428/2024-00123</td><td class="lab">发文字号：</td><td>赣医保字〔2024〕22号</td></tr>
<tr><td class="lab">发布机构：</td><td>江西省医疗保障局</td><td class="lab">主题分类：</td><td>卫生、体育\\医药管理</td></tr>
<tr><td class="lab">体裁分类：</td><td>通知</td><td class="lab">有效性：</td><td>有效</td></tr>
<tr><td class="lab">成文日期：</td><td>2024-06-07</td><td class="lab">发布日期：</td><td>2024-06-13</td></tr>
</table></div>
<div class="article">
<h2 class="article-title">{html.escape(title)}</h2>
<div class="article-info">发布时间：2024-06-13 16:30 &nbsp; 来源：江西省医疗保障局 &nbsp; 浏览次数：3021 &nbsp; 【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-con"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋;font-size:16pt;}}</style>
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div></div></div>
<div class="fj">附件：<br><a href="./P020240613365012345678.docx" title="{fj1}">附件1：{fj1[:-5]}</a><br>
<a href="./P020240613365098765432.pdf">附件2：{fj2[:-4]}</a></div>
<div class="share">分享到：<a href="#" class="weixin">微信</a> <a href="#" class="weibo">微博</a> <a href="#">QQ空间</a></div>
<div class="print-close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="qrcode"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="xgwj"><h3>相关文件</h3><ul><li><a href="/art/2023/5/10/art_1.html">江西省医疗保障局 江西省卫生健康委员会关于进一步加强药品和医用耗材集中带量采购监管的通知</a></li>
<li><a href="/art/2024/1/5/art_2.html">关于做好2024年江西省药品集中带量采购中选结果落地执行工作的通知</a></li></ul></div>
{FOOTER_ICP.format(site=site, addr='江西省南昌市红谷滩区丰和中大道1111号')}
{ANALYTICS}
</body></html>
'''
    write('trs-editor-001', page, 'utf-8', expected,
          {'title': title, 'docNumber': '赣医保字〔2024〕22号', 'issuers': ['江西省医疗保障局'],
           'indexNumber': '014500428/2024-00123', 'validity': '有效', 'signedDate': '2024-06-07',
           'publishedDate': '2024-06-13', 'subject': '卫生、体育\\医药管理', 'genre': '通知', 'siteName': site,
           'column': '通知公告', 'encoding': 'UTF-8',
           'attachments': [
               {'name': '附件1：' + fj1[:-5], 'href': './P020240613365012345678.docx', 'ext': 'docx'},
               {'name': '附件2：' + fj2[:-4], 'href': './P020240613365098765432.pdf', 'ext': 'pdf'}]})


# 3. Hanweb page (seed 002, traditional), labelled gb2312, bytes GBK (every traditional character is GBK-only),
#    content box nested 300 divs deep, list-form 政府信息公开, comments and document.write in the page.
def hanweb():
    s = seed('002')
    body = [clean(l) for l in s if clean(l)]
    title = '重慶市醫療保障局辦公室關於做好乳房旋切針等醫用耗材省際聯盟集中帶量采購中選結果落地執行工作的通知'  # invented
    site = '重慶市醫療保障局'
    def p(l):
        if l.startswith('重慶市醫療保障局辦公室') or l.startswith('2025年7月24日'):
            return f'<p style="text-align: right;">{esc(l)}</p>'
        return f'<p style="text-indent: 2em;">\u3000\u3000{esc(l)}</p>'
    paras = '\n'.join(p(l) for l in body)
    # Attachment links typeset inside the content box (names from the seed's 詳見附件1-4; files invented).
    fj = [('附件1：乳房旋切針省際聯盟集中帶量采購中選結果', '/u/2025/07/P1.wps', 'wps'),
          ('附件2：糖代謝等生化類檢測試劑省際聯盟集中帶量采購中選結果', '/u/2025/07/P2.ofd', 'ofd'),
          ('附件3：外周血管介入類微導管、微導絲等醫用耗材中選結果', '/u/2025/07/P3.zip', 'zip'),
          ('附件4：外周血管介入導引通路等4種醫用耗材中選結果', '/u/2025/07/P4.XLSX', 'xlsx')]
    paras += '\n' + '\n'.join(f'<p><a href="{h}" target="_blank">{n}</a></p>' for n, h, _ in fj)
    body = body + [n for n, _, _ in fj]
    deep = 300
    page = f'''<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="通知公告">
<script language="javascript">var siteid = 1; document.write('<link rel="stylesheet" href="/css/big.css">');</script>
</head><body>
<!-- 頭部 開始 <p>舊版頭部文字，不應出現</p> -->
<div id="head"><div class="logo"><img src="/logo.png" alt="{site}"></div>
<ul id="nav"><li><a href="/">首頁</a></li><li><a href="/zwgk/">政務公開</a></li><li><a href="/bsfw/">辦事服務</a></li><li><a href="/hdjl/">互動交流</a></li></ul></div>
<div class="crumbs">當前位置：<a href="/">首頁</a> &gt; <a href="/zwgk/">政務公開</a> &gt; <a href="/tzgg/">通知公告</a></div>
<ul class="gkml-info">
<li><span>索引號：</span>11500000MB17640107/2025-00321</li>
<li><span>發文字號：</span>渝醫保辦〔2025〕41號</li>
<li><span>發布機構：</span>重慶市醫療保障局</li>
<li><span>主題分類：</span>衛生、體育</li>
<li><span>體裁分類：</span>通知</li>
<li><span>成文日期：</span>2025年07月24日</li>
<li><span>發布日期：</span>2025年07月28日</li>
<li><span>有效性：</span>有效</li>
</ul>
<div class="article-title"><h1>{title}</h1></div>
<div class="fontsize">【字體：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="javascript:window.print()">打印</a></div>
{'<div>' * deep}
<div id="UCAP-CONTENT" style="font-size:16px;">
<!--<p>此段已註釋，不應出現</p>-->
<script>document.write("<p>由腳本寫入，不應出現</p>");</script>
{paras}
<p>&nbsp;</p>
</div>
{'</div>' * deep}
<div class="xglj"><h4>相關鏈接</h4><a href="/art/1.html">國家醫療保障局辦公室關於加強區域協同做好2024年醫藥集中采購提質擴面的通知</a></div>
<div id="footer"><p>主辦單位：{site} 網站標識碼：5000000097</p><p><a href="https://beian.miit.gov.cn/">渝ICP備19005678號</a> <a href="#">渝公網安備 50010302001234號</a></p></div>
{ANALYTICS}
</body></html>
'''
    write('hanweb-traditional-gbk-002', page, 'gbk', body,
          {'title': title, 'docNumber': '渝醫保辦〔2025〕41號', 'issuers': ['重慶市醫療保障局'],
           'indexNumber': '11500000MB17640107/2025-00321', 'validity': '有效', 'signedDate': '2025-07-24',
           'publishedDate': '2025-07-28', 'subject': '衛生、體育', 'genre': '通知', 'siteName': site,
           'column': '通知公告', 'encoding': 'GB18030',
           'attachments': [{'name': n, 'href': h, 'ext': e} for n, h, e in fj]})


# 4. TRS_UEDITOR page (seed 003), the `[ 索引号 ] …` text form printed twice, title only in <title>.
def ueditor():
    s = seed('003')
    meta_lines = [l for l in s if l.startswith('[ ')]
    t_idx = next(i for i, l in enumerate(s) if l.startswith('重庆市医疗保障局关于'))
    title = s[t_idx].strip()
    start = next(i for i, l in enumerate(s) if l.startswith('蒙格丽委员'))
    end = next(i for i, l in enumerate(s) if l.startswith('2022年6月2日'))
    body = [clean(l) for l in s[start:end + 1] if clean(l)]
    expected = [title] + body
    short = ''.join(f'<p>{esc(l)}</p>' for l in meta_lines[:4])
    long_ = '\n'.join(f'<li>{esc(l)}</li>' for l in meta_lines[4:])
    paras = '\n'.join(f'<p style="text-indent:2em">{esc(l)}</p>' if not l.startswith(('重庆市医疗保障局', '2022年'))
                      else f'<p style="text-align:right">{esc(l)}</p>' for l in body)
    page = f'''<!doctype html>
<html><head><meta charset="utf-8"><title>{title}_重庆市医疗保障局</title>
<meta name="viewport" content="width=device-width">
</head><body>
<div class="header-wrap"><a href="/" class="logo">重庆市医疗保障局</a>
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div></div>
<div class="zwxl-wrap">
<div class="zwxl-table">{short}</div>
<ul class="zwxl-list">
{long_}
</ul>
<div class="zwxl-title"><h1>{title}</h1></div>
<div class="zwxl-article"><div class="view TRS_UEDITOR trs_paper_default trs_web">
<p style="text-align:center"><strong>{title}</strong></p>
{paras}
</div></div>
<div class="zwxl-ewm"><img src="/ewm.png"><span>扫一扫在手机打开当前页</span></div>
</div>
<div class="yqlj">链接:<a href="http://www.nhsa.gov.cn/">国家医疗保障局</a></div>
<div class="footer">版权所有：重庆市医疗保障局 <a href="https://beian.miit.gov.cn/">渝ICP备19005679号</a></div>
</body></html>
'''
    write('trs-ueditor-003', page, 'utf-8', expected,
          {'title': title, 'docNumber': '渝医保函〔2022〕133号', 'issuers': ['市医保局'],
           'indexNumber': '11500000MB17640107/2022-00219', 'validity': None, 'signedDate': '2022-06-02',
           'publishedDate': '2022-12-23', 'subject': '其他', 'genre': '政协提案办理', 'encoding': 'UTF-8'})


# 5. DedeCMS single-<td> body with <br> paragraphs (seed 004), labelled gbk, uppercase tags, attachment row.
def dedecms():
    s = seed('004')
    body = [clean(l) for l in s if clean(l)]
    title = next(l for l in body if l.startswith('关于转发'))
    lines = []
    for l in s:
        c = clean(l)
        lines.append(('&nbsp;&nbsp;&nbsp;&nbsp;' + esc(c)) if c else '')
    td = '<BR>\n'.join(lines)
    page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{title} - 政策法规 - 大同市医疗保障局</title>
<META NAME="keywords" CONTENT="转发,药品采购">
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css">
</head>
<BODY>
<TABLE width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<TR><TD><IMG src="/templets/default/images/top.jpg"></TD></TR>
<TR><TD class="menu"><A href="/">网站首页</A> | <A href="/a/zwgk/">政务公开</A> | <A href="/a/zcfg/">政策法规</A> | <A href="/a/bszn/">办事指南</A></TD></TR>
</TABLE>
<TABLE width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<TR><TD width="220" valign="top" class="left">
<TABLE width="100%"><TR><TD class="lefttitle">栏目导航</TD></TR>
<TR><TD><A href="/a/zcfg/gj/">国家政策</A><BR><A href="/a/zcfg/sj/">省级政策</A><BR><A href="/a/zcfg/sj2/">市级政策</A></TD></TR></TABLE>
</TD>
<TD width="740" valign="top">
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0">
<TR><TD class="position">当前位置：<A href="/">主页</A> &gt; <A href="/a/zcfg/">政策法规</A> &gt;</TD></TR>
<TR><TD align="center" class="title"><H2>{title}</H2></TD></TR>
<TR><TD align="center" class="info">发布时间：2023-07-03 09:12 &nbsp;来源：大同市医疗保障局 &nbsp;点击：<script src="/plus/count.php?view=yes&aid=1234&mid=1" type='text/javascript' language="javascript"></script>次</TD></TR>
<TR><TD style="font-size:14px;line-height:28px;padding:10px">
{td}
</TD></TR>
<TR><TD class="attach">附件下载：<A href="/uploads/soft/230703/1-230F3091234.xls">附件：山西省公立医疗机构药品采购使用情况统计表.xls</A></TD></TR>
<TR><TD class="pre-next">上一篇：<A href="/a/zcfg/1233.html">关于做好2023年医保药品目录落地工作的通知</A><BR>下一篇：没有了</TD></TR>
</TABLE>
</TD></TR>
</TABLE>
<TABLE width="960" align="center"><TR><TD class="foot" align="center">Copyright &copy; 2023 大同市医疗保障局 版权所有 晋ICP备10001234号</TD></TR></TABLE>
</BODY>
</html>
'''
    write('dedecms-td-004', page, 'gbk', body,
          {'title': title, 'publishedDate': '2023-07-03', 'encoding': 'GB18030',
           'attachments': [{'name': '附件：山西省公立医疗机构药品采购使用情况统计表.xls',
                            'href': '/uploads/soft/230703/1-230F3091234.xls', 'ext': 'xls'}]})


# 6. Legacy layout tables, no content wrapper (seed 001), labelled gb2312, unclosed <P>, <FONT>, <CENTER>,
#    the metadata table typeset inside the same cell as the text.
def legacy():
    s = seed('001')
    title = clean(s[0]) + clean(s[2])
    body = [clean(l) for l in s[3:] if clean(l)]
    expected = [title] + body
    ps = '\n'.join(f'<P><FONT face="仿宋_GB2312" size=4>{esc(l)}</FONT>' for l in body[1:])
    page = f'''<HTML><HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>{title}</TITLE>
<STYLE>TD {{FONT-SIZE: 12px}}</STYLE>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD><IMG src="images/top.gif" width=778 height=120></TD></TR>
<TR><TD bgColor=#cc0000 height=26><A href="index.htm"><FONT color=#ffffff>首页</FONT></A> <A href="zwgk.htm"><FONT color=#ffffff>政务公开</FONT></A> <A href="tzgg.htm"><FONT color=#ffffff>通知公告</FONT></A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD vAlign=top width=180><TABLE width="100%"><TR><TD><A href="a.htm">机构概况</A></TD></TR><TR><TD><A href="b.htm">政策法规</A></TD></TR><TR><TD><A href="c.htm">办事指南</A></TD></TR></TABLE></TD>
<TD vAlign=top width=598>
<TABLE cellSpacing=1 cellPadding=3 width="96%" align=center bgColor=#cccccc border=0>
<TR bgColor=#ffffff><TD width="15%">索引号</TD><TD width="35%">014500428/2024-00123</TD><TD width="15%">发文字号</TD><TD>赣医保字〔2024〕22号</TD></TR>
<TR bgColor=#ffffff><TD>发布机构</TD><TD>江西省医疗保障局</TD><TD>成文日期</TD><TD>2024年06月07日</TD></TR>
</TABLE>
<CENTER><FONT color=#ff0000 size=5><B>{esc(clean(s[0]))}<BR>{esc(clean(s[2]))}</B></FONT></CENTER>
<P align=center>{esc(body[0])}
{ps}
<P>&nbsp;
</TD></TR></TABLE>
<TABLE width=778 align=center><TR><TD align=center><HR>版权所有：江西省医疗保障局 赣ICP备05004011号 <BR>联系电话：0791-12345678</TD></TR></TABLE>
</BODY></HTML>
'''
    # <CENTER><FONT><B> with <BR> is not a paragraph: the two title lines stay two lines.
    expected = [clean(s[0]), clean(s[2])] + body
    write('legacy-table-001', page, 'gb2312', expected,
          {'title': title, 'docNumber': '赣医保字〔2024〕22号', 'issuers': ['江西省医疗保障局'],
           'indexNumber': '014500428/2024-00123', 'signedDate': '2024-06-07', 'encoding': 'GB18030'})


# 7. A Taiwan statute (corpus-dev tw_yaohai_jiuji_2020, not a seed) labelled big5: 沿革 box above the articles,
#    named anchors (`<a name>` is not a link) on article labels.
def big5_statute():
    s = open(os.path.join('/work/shared/corpus-dev', 'tw_yaohai_jiuji_2020.txt'), encoding='utf-8').read().split('\n')
    blank = s.index('')
    history = [clean(l) for l in s[1:blank] if clean(l)]
    body = [clean(l) for l in s[blank + 1:] if clean(l)]
    def row(l):
        m = re.match(r'^(第 [0-9-]+ 條)\u3000(.*)$', l)
        if m:
            return f'<p class="art"><a name="{m.group(1)[2:-2]}">{m.group(1)}</a>\u3000{esc(m.group(2))}</p>'
        if l.startswith('第 ') and ' 章 ' in l:
            return f'<p class="chapter"><b>{esc(l)}</b></p>'
        return f'<p class="item">{esc(l)}</p>'
    page = f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{s[0]}-全國法規資料庫</title></head>
<body>
<div id="hd"><ul class="menu"><li><a href="/">首頁</a></li><li><a href="/Law/">法規查詢</a></li><li><a href="/News/">最新訊息</a></li></ul></div>
<h2 class="law-title">法規名稱：<a href="#">{s[0]}</a></h2>
<table class="law-info"><tr><th>修正日期：</th><td>民國 109 年 01 月 15 日</td></tr><tr><th>法規類別：</th><td>行政＞衛生福利部＞食品藥物管理目</td></tr></table>
<div class="law-history"><h4>沿革</h4>{''.join(f'<div>{esc(l)}</div>' for l in history)}</div>
<div class="law-content">
{chr(10).join(row(l) for l in body)}
</div>
<div class="ft">本網站為法務部所有 <a href="/Privacy">隱私權保護政策</a> Copyright &copy; 法務部</div>
</body></html>
'''
    write('big5-statute-tw', page, 'big5', body, {'title': s[0], 'encoding': 'Big5-HKSCS'})


if __name__ == '__main__':
    tender(); trs(); hanweb(); ueditor(); dedecms(); legacy(); big5_statute()
