// Micro-benchmarks of hot domain functions (Google Benchmark): USCC checking, search normalisation and
// bigram documents, as used per row by import and per request by search.
#include <benchmark/benchmark.h>

#include "support/text_normalizer.h"
#include "domain/search_text.h"
#include "domain/uscc.h"

namespace {

void BM_CheckUscc(benchmark::State& s) {
  std::string code = socorg::IssueUscc(socorg::OrgType::kSocialGroup, "150102", 1234567);
  for (auto _ : s) benchmark::DoNotOptimize(socorg::CheckUscc(code));
}
BENCHMARK(BM_CheckUscc);

void BM_IssueUscc(benchmark::State& s) {
  std::uint64_t n = 0;
  for (auto _ : s) benchmark::DoNotOptimize(socorg::IssueUscc(socorg::OrgType::kFoundation, "440300", ++n % 9999999));
}
BENCHMARK(BM_IssueUscc);

void BM_NormalizeText(benchmark::State& s) {
  std::string name = "呼和浩特市赛罕区社會工作服務中心";
  for (auto _ : s) benchmark::DoNotOptimize(socorg::NormalizeText(name));
}
BENCHMARK(BM_NormalizeText);

void BM_BigramDocument(benchmark::State& s) {
  std::string name = "呼和浩特市赛罕区社会工作服务中心";
  for (auto _ : s) benchmark::DoNotOptimize(socorg::BigramDocument(name));
}
BENCHMARK(BM_BigramDocument);

void BM_BigramMatchQuery(benchmark::State& s) {
  std::string q = "社工";
  for (auto _ : s) benchmark::DoNotOptimize(socorg::BigramMatchQuery(q));
}
BENCHMARK(BM_BigramMatchQuery);

}  // namespace

BENCHMARK_MAIN();
