"""Production settings plus a bare view, for the HTTP throughput benchmark only."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
FACULTY_TRAINING_VERIFY_RATE = "100000000/m"  # the benchmark is one IP address asking very often
