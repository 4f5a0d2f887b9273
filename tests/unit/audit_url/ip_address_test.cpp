// IP hosts read as the WHATWG URL Standard reads them, and the address
// classes the crawler refuses. Cases marked WPT are transcribed from the
// web-platform-tests URL suite (url/resources/urltestdata.json).
#include <catch2/catch.hpp>

#include "audit/url/address_policy.hpp"
#include "audit/url/ip_address.hpp"
#include "audit/url/scope.hpp"
#include "audit/url/url.hpp"

using namespace wt::audit;

TEST_CASE("audit::canonical_host reads every IPv4 spelling as WHATWG does", "[audit_url]") {
  const std::pair<const char*, const char*> cases[] = {
      {"2852039166", "169.254.169.254"},
      {"0xA9FEA9FE", "169.254.169.254"},
      {"0xa9.0xfe.0xa9.0xfe", "169.254.169.254"},
      {"0251.0376.0251.0376", "169.254.169.254"},
      {"169.254.43518", "169.254.169.254"},
      {"169.16689662", "169.254.169.254"},
      {"169.254.169.254.", "169.254.169.254"},
      {"127.1", "127.0.0.1"},
      {"0x7f.1", "127.0.0.1"},
      {"0", "0.0.0.0"},
      {"0x", "0.0.0.0"},
      {"192.0x00A80001", "192.168.0.1"},  // WPT
      {"0xc0.0250.01", "192.168.0.1"},    // WPT
      {"0x.0x.0", "0.0.0.0"},             // WPT
      {"4294967295", "255.255.255.255"},  // WPT
      {"01.2.3.4", "1.2.3.4"},
      {"10.0.0.1", "10.0.0.1"},
      {"thcs-a.edu.vn", "thcs-a.edu.vn"},
      {"09.com", "09.com"},               // WPT: a name, the last label is no number
      {"foo.09..", "foo.09.."},           // WPT
      {"[::1]", "[::1]"},
      {"[0:0::1]", "[::1]"},
      {"[::FFFF:A9FE:A9FE]", "[::ffff:a9fe:a9fe]"},
      {"[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]"},
      {"[::127.0.0.1]", "[::7f00:1]"},                   // WPT
      {"[0:0:0:0:0:0:13.1.68.3]", "[::d01:4403]"},       // WPT
      {"[1:0::]", "[1::]"},                              // WPT
      {"[2001:DB8:0:0:1:0:0:1]", "[2001:db8::1:0:0:1]"},  // RFC 5952 4.2.3: the first longest run
      {"[fd00:ec2::254]", "[fd00:ec2::254]"},
      {"[1:2:3:4:5:6:7:8]", "[1:2:3:4:5:6:7:8]"},
      {"[1:0:3:4:5:6:7:8]", "[1:0:3:4:5:6:7:8]"},         // a single zero piece stays
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    auto got = canonical_host(in);
    REQUIRE(got);
    CHECK(*got == out);
  }
}

TEST_CASE("audit::canonical_host refuses hosts that end in a number but are no address", "[audit_url]") {
  for (const char* bad : {"192.168.0.257", "256.256.256.256", "256.256.256.256.256", "4294967296", "0x100000000",
                          "256.0.0.1", "1.2.3.4.5", "1.2.3.4.5.", "0..0x300", "1.2.3.09", "foo.09", "foo.0x4",
                          "foo.0x", "0999999999999999999", "99999999999999999999999999999999999999999",
                          "[::1.2.3.]", "[::1.2.]", "[::1.]", "[::1.2.3.4x]", "[1::2::3]", "[12345::]", "[:1::]",
                          "[1:2:3:4:5:6:7:8:9]", "[::01.2.3.4]", "[::256.2.3.4]", "[::1%25eth0]", "[]", "[::1"}) {
    INFO(bad);
    CHECK_FALSE(canonical_host(bad));
  }
}

TEST_CASE("audit::normalize writes IP hosts in one form, so scope sees one address", "[audit_url]") {
  CHECK(normalize("http://2852039166/latest/meta-data/") == "http://169.254.169.254/latest/meta-data/");
  CHECK(normalize("http://0xA9.0376.43518:80/") == "http://169.254.169.254/");
  CHECK(normalize("http://[0:0:0:0:0:FFFF:7F00:1]:8080/") == "http://[::ffff:7f00:1]:8080/");
  CHECK_FALSE(normalize("http://foo.123/"));
  CHECK(same_site("http://2130706433:8080/a", "http://127.0.0.1:8080/"));
  CHECK(same_site("http://127.1:8080/a", "http://127.0.0.1:8080/"));
  CHECK_FALSE(same_site("http://127.0.0.2:8080/a", "http://127.0.0.1:8080/"));
}

TEST_CASE("audit::classify names the ranges the crawler refuses", "[audit_url]") {
  const std::pair<const char*, AddressClass> cases[] = {
      {"169.254.169.254", AddressClass::CloudMetadata},
      {"2852039166", AddressClass::CloudMetadata},
      {"169.254.170.2", AddressClass::CloudMetadata},
      {"100.100.100.200", AddressClass::CloudMetadata},
      {"168.63.129.16", AddressClass::CloudMetadata},
      {"[fd00:ec2::254]", AddressClass::CloudMetadata},
      {"[::ffff:169.254.169.254]", AddressClass::CloudMetadata},
      {"[64:ff9b::a9fe:a9fe]", AddressClass::CloudMetadata},
      {"[2002:a9fe:a9fe::]", AddressClass::CloudMetadata},
      {"169.254.1.1", AddressClass::LinkLocal},
      {"[fe80::1]", AddressClass::LinkLocal},
      {"127.0.0.1", AddressClass::Loopback},
      {"127.0.0.2", AddressClass::Loopback},
      {"127.1", AddressClass::Loopback},
      {"[::1]", AddressClass::Loopback},
      {"[::ffff:127.0.0.1]", AddressClass::Loopback},
      {"10.0.0.1", AddressClass::Private},
      {"0x0a000001", AddressClass::Private},
      {"012.0.0.1", AddressClass::Private},
      {"172.16.0.1", AddressClass::Private},
      {"172.31.255.255", AddressClass::Private},
      {"192.168.1.1", AddressClass::Private},
      {"[fc00::1]", AddressClass::Private},
      {"[fd12:3456::1]", AddressClass::Private},
      {"[::ffff:10.0.0.1]", AddressClass::Private},
      {"[::ffff:a00:1]", AddressClass::Private},
      {"100.64.0.1", AddressClass::SharedCgnat},
      {"100.127.255.255", AddressClass::SharedCgnat},
      {"0.0.0.0", AddressClass::Unspecified},
      {"0", AddressClass::Unspecified},
      {"[::]", AddressClass::Unspecified},
      {"[::ffff:0.0.0.0]", AddressClass::Unspecified},
      {"224.0.0.1", AddressClass::Multicast},
      {"239.255.255.250", AddressClass::Multicast},
      {"[ff02::1]", AddressClass::Multicast},
      {"255.255.255.255", AddressClass::Broadcast},
      {"4294967295", AddressClass::Broadcast},
      {"240.0.0.1", AddressClass::Reserved},
      {"192.0.2.1", AddressClass::Reserved},
      {"198.18.0.1", AddressClass::Reserved},
      {"[2001:db8::1]", AddressClass::Reserved},
      {"8.8.8.8", AddressClass::Public},
      {"172.32.0.1", AddressClass::Public},
      {"100.128.0.1", AddressClass::Public},
      {"169.255.0.1", AddressClass::Public},
      {"[2001:4860:4860::8888]", AddressClass::Public},
      {"[::ffff:8.8.8.8]", AddressClass::Public},
      {"[64:ff9b::808:808]", AddressClass::Public},
  };
  for (const auto& [host, cls] : cases) {
    INFO(host);
    auto a = parse_ip_host(host);
    REQUIRE(a);
    CHECK(address_class_name(classify(*a)) == address_class_name(cls));
  }
  CHECK_FALSE(parse_ip_host("thcs-a.edu.vn"));
  CHECK_FALSE(parse_ip_host("foo.123"));
}

TEST_CASE("audit::to_string of an address parses back to it", "[audit_url]") {
  for (const char* host : {"1.2.3.4", "[::]", "[::1]", "[1::]", "[1::1]", "[1:0:0:2::3]", "[::ffff:7f00:1]",
                           "[fe80::1:2:3:4]", "[1:2:3:4:5:6:7:8]"}) {
    INFO(host);
    auto a = parse_ip_host(host);
    REQUIRE(a);
    const std::string text = a->v6 ? "[" + to_string(*a) + "]" : to_string(*a);
    CHECK(text == host);
    CHECK(parse_ip_host(text) == a);
  }
}
