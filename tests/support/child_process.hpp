// Child processes for tests that need one: a build killed with SIGKILL at a
// chosen point, or a step run without root's power to read any folder.
//
//   int status = wt::test::in_child([] { ...; });   // waitpid() status
//   CHECK(WIFSIGNALED(status));
//
// The suite often runs as root (containers, CI), and root lists a folder
// whatever its mode says. drop_folder_override() removes the capabilities
// that allow it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from this process
// and from what it executes, so a chmod 0300 folder cannot be listed; call
// it in a child only.
#pragma once

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

namespace wt::test {

/// Runs `fn` in a forked child, which then exits 0; returns the waitpid()
/// status. `fn` must not use Catch2 assertions (they would report in the child).
inline int in_child(const std::function<void()>& fn) {
  pid_t pid = ::fork();
  if (pid == 0) {
    fn();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

/// In a child: no more reading or listing of folders the modes forbid, for
/// this process and the programs it runs. No-op when not root.
inline bool drop_folder_override() {
  if (::geteuid() != 0) return true;
  for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH})
    if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) return false;
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (::syscall(SYS_capget, &header, data) != 0) return false;
  for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
    data[CAP_TO_INDEX(cap)].effective &= ~CAP_TO_MASK(cap);
    data[CAP_TO_INDEX(cap)].permitted &= ~CAP_TO_MASK(cap);
    data[CAP_TO_INDEX(cap)].inheritable &= ~CAP_TO_MASK(cap);
  }
  return ::syscall(SYS_capset, &header, data) == 0;
}

/// Runs the shell command `cmd` without folder override (see above) and
/// returns its exit status (-1 when it did not exit) and what it printed.
inline int run_without_folder_override(const std::string& cmd, std::string* output) {
  int fds[2];
  if (::pipe(fds) != 0) return -1;
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], 1);
    ::dup2(fds[1], 2);
    ::close(fds[0]);
    ::close(fds[1]);
    if (!drop_folder_override()) ::_exit(125);
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(126);
  }
  ::close(fds[1]);
  char buf[4096];
  ssize_t n;
  output->clear();
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) output->append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace wt::test
