// deploy/: the audit's sharded recipes (an Indexed Job, a Slurm array) parse,
// and run `webtruong audit --shard K/N --db` with a PostgreSQL history.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("deploy/: the audit's Kubernetes Indexed Job and Slurm script parse and shard into one --db") {
  const std::string src = WT_SOURCE_DIR;
  CHECK(std::system(("python3 -c 'import sys, yaml; docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]; "
                     "jobs = [d for d in docs if d[\"kind\"] == \"Job\"]; assert len(jobs) == 1, docs; "
                     "s = jobs[0][\"spec\"]; assert s[\"completionMode\"] == \"Indexed\"; "
                     "env = {e[\"name\"]: e for e in s[\"template\"][\"spec\"][\"containers\"][0][\"env\"]}; "
                     "assert env[\"SHARDS\"][\"value\"] == str(s[\"completions\"]), (env, s); "
                     "assert \"secretKeyRef\" in env[\"PGPASSWORD\"][\"valueFrom\"]' " +
                     src + "/deploy/k8s/audit-job.yaml")
                        .c_str()) == 0);
  CHECK(std::system(("bash -n " + src + "/deploy/slurm/audit.sbatch").c_str()) == 0);
  for (const char* file : {"/deploy/k8s/audit-job.yaml", "/deploy/slurm/audit.sbatch"}) {
    INFO(file);
    const std::string text = read(src + file);
    CHECK(text.find("audit --list") != std::string::npos);
    CHECK(text.find("--shard \"$K/$SHARDS\" --db \"$DB\"") != std::string::npos);
  }
}
